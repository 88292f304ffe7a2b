import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ExternalCostInput } from '../../../../contract/settlement.js';
import { loadCaseForActor, todayInAmsterdam } from '../../case-status/index.js';
import { canSettlement, poolSettlements } from '../policy.js';
import { deleteExternalCost, findEngagement, insertExternalCost, lockExternalCost } from '../repository/index.js';

export type { ExternalCostInput };

/**
 * Records hours an external (paid) mediator declared on a case (coordinator). Name, organisation
 * and rate come from the engagement matching recorded, so costs follow the agreed rate and cannot
 * be booked on a case that never had an external mediator. A released engagement still takes late
 * declarations.
 */
export async function declareExternalCost(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: ExternalCostInput) {
  // A case the actor does not see is 404 whatever their role; one they see but may not declare on, 403.
  const { row, access } = await loadCaseForActor(trx, actor, caseId);
  ensureCan(canSettlement, actor, 'declare-external-cost', poolSettlements(actor.poolId), 'collection');
  ensureCan(canSettlement, actor, 'declare-external-cost', { kind: 'case', poolId: row.pool_id, access });
  if (input.declaredOn > todayInAmsterdam()) throw invalidField('declaredOn', 'future', 'De datum van de declaratie kan niet in de toekomst liggen.');
  const engagement = await findEngagement(trx, row.pool_id, row.id, input.externalAssignmentId);
  if (!engagement) {
    throw invalidField('externalAssignmentId', 'not-on-case', 'Deze externe mediator is niet via de matching op deze zaak ingezet.');
  }
  if (engagement.status !== 'assigned' && engagement.status !== 'released') {
    throw conflict('Deze externe mediator is (nog) niet ingezet: pas na de instemming van de partijen kunnen uren worden gedeclareerd.', 'external-mediator-not-engaged');
  }
  const id = await insertExternalCost(trx, {
    pool_id: row.pool_id,
    case_id: row.id,
    external_assignment_id: engagement.id,
    external_name: engagement.name,
    organisation: engagement.organisation,
    hourly_rate_cents: engagement.agreed_rate_cents,
    minutes: input.minutes,
    declared_on: input.declaredOn,
    note: input.note?.trim() || null,
    created_by: actor.userId,
  });
  await writeAudit(trx, ctx, { action: 'external-cost.declare', objectType: 'external-cost', objectId: id, detail: { caseId: row.id, externalAssignmentId: engagement.id, minutes: input.minutes, hourlyRateCents: engagement.agreed_rate_cents } });
  return id;
}

/**
 * Removes a declaration (coordinator). 404 when the pool has no such declaration or the actor does
 * not see the declarations (policy `read-external-costs`), whatever their role; 403 for one they
 * see but may not remove (finance).
 */
export async function removeExternalCost(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string) {
  const row = await lockExternalCost(trx, actor.poolId, id);
  if (!row) throw notFound();
  const declaration = { kind: 'external-cost' as const, poolId: row.pool_id };
  ensureCan(canSettlement, actor, 'read-external-costs', declaration);
  ensureCan(canSettlement, actor, 'remove-external-cost', declaration, 'collection');
  await deleteExternalCost(trx, id);
  await writeAudit(trx, ctx, { action: 'external-cost.remove', objectType: 'external-cost', objectId: id, detail: { caseId: row.case_id, minutes: row.minutes, hourlyRateCents: row.hourly_rate_cents } });
}
