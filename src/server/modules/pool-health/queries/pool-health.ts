import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PoolHealth, WakeUp } from '../../../../contract/pool-health.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { loadMediatorFor } from '../../mediators/index.js';
import { canPoolHealth } from '../policy.js';
import { findWakeUp, healthRows, listWakeUps, type WakeUpRow } from '../repository.js';
import { buildHealthReport } from '../build-health-report.js';

/** The health overview; it names people, so each look is audited with its purpose. */
export async function getPoolHealth(db: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<PoolHealth> {
  ensureCan(canPoolHealth, actor, 'read', { poolId: actor.poolId }, 'collection');
  const today = todayInAmsterdam();
  const report = buildHealthReport(await healthRows(db, actor.poolId, today), today);
  await writeAudit(db, ctx, { action: 'pool-health.read', objectType: 'pool', objectId: actor.poolId, purpose: 'poolgezondheid bewaken' });
  return report;
}

export const presentWakeUp = (w: WakeUpRow): WakeUp => ({
  id: w.id,
  sentAt: w.sent_at.toISOString(),
  sentBy: w.sent_by_name,
  message: w.message,
});

/** The wake-up mails sent to a mediator (for whoever may send them). */
export async function getWakeUps(db: Kysely<DB>, actor: Actor, mediatorId: string): Promise<WakeUp[]> {
  await loadMediatorFor(db, actor, mediatorId, 'wake-up');
  return (await listWakeUps(db, actor.poolId, mediatorId)).map(presentWakeUp);
}

export async function getWakeUp(db: Kysely<DB>, actor: Actor, mediatorId: string, wakeUpId: string): Promise<WakeUp> {
  await loadMediatorFor(db, actor, mediatorId, 'wake-up');
  const row = await findWakeUp(db, actor.poolId, mediatorId, wakeUpId);
  if (!row) throw notFound();
  return presentWakeUp(row);
}
