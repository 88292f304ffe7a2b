import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { decideTriage, type TriageInput } from '../../../../domain/cases/decide-triage.js';
import { checkTransition } from '../../../../domain/cases/case-transitions.js';
import { conflict, invalidField, ProblemError } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, lifecycleActor, toPolicyCase, guardedStatusUpdate, recordCaseEvent, todayInAmsterdam } from '../../case-status/index.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase } from '../policy.js';
import { insertTriage } from '../repository/index.js';

/**
 * The coordinator's triage decision: the contra-indication checklist and a route. Pool routes go
 * to matching; routes outside the pool end the case as `referred` with the destination recorded.
 */
export async function triageCase(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: TriageInput) {
  const loaded = await loadCaseForActor(trx, actor, caseId);
  // 404 for a case the actor cannot see; who may decide is the transition table's (409 below, with its codes).
  ensureCan(canCase, actor, 'read', loaded);
  const { row, isAssignedMediator } = loaded;
  if (row.status !== 'triage') {
    throw conflict('Triage kan alleen bij een zaak in de fase triage. Start eerst de triage.', 'not-in-triage', { currentStatus: row.status });
  }
  const decision = decideTriage(input);
  if (!decision.ok) throw invalidField(decision.error.field ?? 'route', decision.error.code, decision.error.message);
  const d = decision.value;

  const check = checkTransition('triage', d.nextStatus, lifecycleActor(actor, toPolicyCase(row), isAssignedMediator), d.reason);
  if (!check.ok) {
    if (check.error.code === 'reason_required') throw invalidField('reason', check.error.code, check.error.message);
    throw new ProblemError(409, check.error.code.replaceAll('_', '-'), 'Deze stap kan niet.', check.error.message);
  }

  await insertTriage(trx, {
    case_id: row.id,
    pool_id: row.pool_id,
    contra_indications: [...d.contraIndications],
    route: d.route,
    reason: d.reason ?? d.justification ?? 'Geschikt voor bemiddeling door de pool.',
    justification: d.justification,
    destination: d.destination,
    decided_by: actor.userId,
  });
  const referred = d.nextStatus === 'referred';
  await guardedStatusUpdate(trx, row.id, 'triage', d.nextStatus, {
    route: d.route,
    ...(referred ? { closed_on: todayInAmsterdam(), referred_to: d.destination } : {}),
  });
  await recordCaseEvent(trx, ctx, {
    poolId: row.pool_id,
    caseId: row.id,
    kind: 'triage',
    fromStatus: 'triage',
    toStatus: d.nextStatus,
    reason: d.reason,
    detail: { route: d.route, contraIndications: d.contraIndications, destination: d.destination },
  });
  await writeAudit(trx, ctx, { action: 'case.triage', objectType: 'case', objectId: row.id, detail: { route: d.route, to: d.nextStatus } });
  return d;
}
