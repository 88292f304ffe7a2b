import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import { deleteRelationship } from '../repository/records.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

export async function removeRelationship(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, relationshipId: string): Promise<void> {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-relationships');
  const poolId = actor.poolId;
  const removed = await deleteRelationship(trx, poolId, mediatorId, relationshipId);
  if (!removed) throw notFound();
  await writeAudit(trx, ctx, { action: 'relationship.delete', objectType: 'mediator', objectId: mediatorId, detail: { id: relationshipId, ...removed } });
}
