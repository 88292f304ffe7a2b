import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { checkRelationship, relationshipColumns, type RelationshipInput } from '../relationship-rules.js';
import { lockMediator } from '../repository/profiles.js';
import { insertRelationship } from '../repository/records.js';

/** The mediator (or the coordinator) declares a relationship with a municipality, department or person (MfN 2.3). */
export async function addRelationship(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, input: RelationshipInput) {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-relationships');
  const poolId = actor.poolId;
  await lockMediator(trx, poolId, mediatorId);
  await checkRelationship(trx, poolId, input);
  const row = await insertRelationship(trx, { pool_id: poolId, mediator_id: mediatorId, ...relationshipColumns(input) });
  await writeAudit(trx, ctx, { action: 'relationship.create', objectType: 'mediator', objectId: mediatorId, detail: { id: row.id, kind: row.kind } });
  return row;
}
