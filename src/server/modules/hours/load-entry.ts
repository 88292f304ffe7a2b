import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { canHours, type HourEntryForPolicy } from './policy.js';
import { findEntries, lockEntry, type EntryRow } from './repository.js';

/** The policy's view of an entry row. */
export const entryForPolicy = (e: EntryRow): HourEntryForPolicy => ({
  kind: 'entry',
  poolId: e.pool_id,
  mediatorUserId: e.mediator_user_id,
  status: e.status,
  original: e.corrects_id === null,
  locked: Boolean(e.locked),
  corrected: e.corrected_minutes !== null,
  mediatorOnCase: Boolean(e.mediator_on_case),
});

/** One entry for its own mediator or a coordinator (policy `read`); anyone else gets 404. */
export async function loadEntryForActor(db: Kysely<DB>, actor: Actor, entryId: string, opts: { forUpdate?: boolean } = {}): Promise<EntryRow> {
  if (opts.forUpdate && !(await lockEntry(db, actor.poolId, entryId))) throw notFound();
  const [row] = await findEntries(db, actor.poolId, { entryId });
  if (!row) throw notFound();
  ensureCan(canHours, actor, 'read', entryForPolicy(row));
  return row;
}
