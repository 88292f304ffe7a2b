import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Takes the pool's settings row for the rest of the transaction. Pool-wide policies whose own row
 * may not exist yet (matching weights, the agreement policy) lock this one instead, so one change
 * per pool runs at a time and each reads what the previous one stored.
 */
export async function lockPoolSettings(trx: Kysely<DB>, poolId: string): Promise<void> {
  await trx.selectFrom('pool_settings').select('pool_id').where('pool_id', '=', poolId).forUpdate().execute();
}
