import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { changedFields } from '../../registry/index.js';
import { checkRelationship, relationshipColumns, type RelationshipInput } from '../relationship-rules.js';
import { lockMediator } from '../repository/profiles.js';
import { findRelationshipRow, updateRelationshipRow } from '../repository/records.js';

export async function updateRelationship(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, relationshipId: string, input: Partial<RelationshipInput>) {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-relationships');
  const poolId = actor.poolId;
  await lockMediator(trx, poolId, mediatorId);
  const current = await findRelationshipRow(trx, poolId, mediatorId, relationshipId);
  if (!current) throw notFound();
  const kind = input.kind ?? current.kind;
  const kindChanged = kind !== current.kind;
  // A change of kind starts from empty target fields, so stale ones do not linger.
  const next: RelationshipInput = {
    kind,
    municipalityId: input.municipalityId !== undefined ? input.municipalityId : kindChanged && kind === 'person' ? null : current.municipality_id,
    department: input.department !== undefined ? input.department : kindChanged ? null : current.department,
    personName: input.personName !== undefined ? input.personName : kindChanged ? null : current.person_name,
    reason: input.reason ?? current.reason,
    since: input.since ?? current.since,
  };
  await checkRelationship(trx, poolId, next);
  const columns = relationshipColumns(next);
  const changes = changedFields({ ...current }, columns);
  const row = await updateRelationshipRow(trx, poolId, relationshipId, columns);
  if (Object.keys(changes).length) await writeAudit(trx, ctx, { action: 'relationship.update', objectType: 'mediator', objectId: mediatorId, detail: { id: relationshipId, changes } });
  return row;
}
