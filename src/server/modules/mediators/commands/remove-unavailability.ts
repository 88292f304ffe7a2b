import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import { deleteUnavailability } from '../repository/records.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

export async function removeUnavailability(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, periodId: string): Promise<void> {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-availability');
  const poolId = actor.poolId;
  const removed = await deleteUnavailability(trx, poolId, mediatorId, periodId);
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'unavailability.delete', objectType: 'mediator', objectId: mediatorId, detail: { id: periodId, ...removed } });
}
