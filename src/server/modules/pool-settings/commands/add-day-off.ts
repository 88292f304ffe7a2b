import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { findDayOffOn, insertDayOff } from '../repository.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { isUniqueViolation } from '../../registry/index.js';

const duplicate = (date: string) => conflict(`Op ${date} staat al een vrije dag.`, 'duplicate');

/** An extra day off of the pool (on top of the Dutch public holidays); deadlines skip it. */
export async function addDayOff(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: { date: string; description: string }) {
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const poolId = actor.poolId;
  const existing = await findDayOffOn(trx, poolId, input.date);
  if (existing) throw duplicate(input.date);
  try {
    const row = await insertDayOff(trx, poolId, input.date, input.description.trim());
    await writeAudit(trx, ctx, { action: 'day-off.create', objectType: 'day-off', objectId: row.id, detail: { date: row.date, description: row.description } });
    return row;
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate(input.date);
    throw e;
  }
}
