import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Upkeep entries earned elsewhere in the product (intervision attendance, training attendance):
 * keyed by (mediator, source_type, source_id), so a second recording of the same attendance adds
 * nothing (migration 0023, `upkeep_entry_source_idx`).
 */
export const insertEarnedEntry = (trx: Kysely<DB>, row: Insertable<DB['upkeep_entry']>) =>
  trx
    .insertInto('upkeep_entry')
    .values(row)
    .onConflict((oc) => oc.columns(['mediator_id', 'source_type', 'source_id']).where('source_type', 'is not', null).doNothing())
    .returning(['id'])
    .executeTakeFirst();

export const deleteEarnedEntry = (trx: Kysely<DB>, poolId: string, mediatorId: string, sourceType: string, sourceId: string) =>
  trx
    .deleteFrom('upkeep_entry')
    .where('pool_id', '=', poolId)
    .where('mediator_id', '=', mediatorId)
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .returning(['id', 'points'])
    .executeTakeFirst();
