import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { notFound } from '../../../http/problem.js';

/**
 * Locks the mediator's profile row for the rest of the transaction, so two requests changing the
 * same mediator's periods cannot both pass the overlap check.
 */
export async function lockMediator(trx: Kysely<DB>, poolId: string, mediatorId: string) {
  const row = await trx.selectFrom('mediator_profile').select(['id', 'user_id', 'last_activity_at']).where('id', '=', mediatorId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
