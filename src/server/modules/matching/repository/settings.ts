import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { MatchingWeights } from '../../../../domain/matching/index.js';

/** The pool's matching settings: the conflict-of-interest setting from pool_settings and the stored weights. */
export const matchingSettingsRow = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('pool as p')
    .leftJoin('pool_settings as s', 's.pool_id', 'p.id')
    .leftJoin('matching_settings as ms', 'ms.pool_id', 'p.id')
    .select(['s.allow_different_department', 'ms.weights'])
    .where('p.id', '=', poolId)
    .executeTakeFirst();

/** Back to the defaults: false when nothing was stored. */
export async function deleteStoredWeights(trx: Kysely<DB>, poolId: string): Promise<boolean> {
  const stored = await trx.selectFrom('matching_settings').select('pool_id').where('pool_id', '=', poolId).executeTakeFirst();
  if (!stored) return false;
  await trx.deleteFrom('matching_settings').where('pool_id', '=', poolId).execute();
  return true;
}

export async function storeWeights(trx: Kysely<DB>, poolId: string, weights: MatchingWeights, by: string): Promise<void> {
  const json = JSON.stringify(weights);
  await trx
    .insertInto('matching_settings')
    .values({ pool_id: poolId, weights: json, updated_by: by, updated_at: new Date() })
    .onConflict((oc) => oc.column('pool_id').doUpdateSet({ weights: json, updated_by: by, updated_at: new Date() }))
    .execute();
}
