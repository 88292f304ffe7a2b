import type { Kysely, Updateable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { MediationCaseTable } from '../../../db/schema-cases.js';
import type { Actor } from '../../../auth/actor.js';
import { checkTransition } from '../../../../domain/cases/case-transitions.js';
import { isCaseStatus, type CaseStatus } from '../../../../domain/cases/case-status.js';
import { conflict, invalidField, ProblemError } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, lifecycleActor, toPolicyCase, guardedStatusUpdate, recordCaseEvent, todayInAmsterdam, releaseCurrentMediators } from '../../case-status/index.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase } from '../policy.js';
import { closeStaleProposals } from '../../matching/index.js';
import { assertMayStart } from '../../sessions/index.js';
import { concludeWithOutcome } from '../../outcomes/index.js';
import { refuseOwnedElsewhere } from '../transitions-elsewhere.js';

export interface TransitionInput {
  to: string;
  /** The status the user saw; a different current status means their screen is stale: 409. */
  from?: string | undefined;
  reason?: string | undefined;
  /** Where a referred case goes (agency), for `referred`. */
  destination?: string | undefined;
}

/** Moves a case along its lifecycle, as the transition table allows for this actor. */
export async function transitionCase(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: TransitionInput) {
  const loaded = await loadCaseForActor(trx, actor, caseId);
  // 404 for a case the actor cannot see; which steps they may take is the transition table's (409 below).
  ensureCan(canCase, actor, 'read', loaded);
  const { row, isAssignedMediator } = loaded;
  const from = row.status as CaseStatus;
  if (input.from !== undefined && input.from !== from) {
    throw conflict(`De zaak staat inmiddels op een andere status. Laad de pagina opnieuw.`, 'stale-status', { currentStatus: from });
  }
  if (!isCaseStatus(input.to)) throw invalidField('to', 'unknown', 'Onbekende status.');
  // Matching needs a triage decision (route, contra-indications): only POST /triage records one.
  if (from === 'triage' && input.to === 'matching') {
    throw conflict('Leg eerst het triagebesluit vast (route en contra-indicaties) via de triage.', 'triage-decision-required');
  }
  const check = checkTransition(from, input.to, lifecycleActor(actor, toPolicyCase(row), isAssignedMediator), input.reason);
  if (check.ok) refuseOwnedElsewhere(from, input.to);
  if (!check.ok) {
    if (check.error.code === 'reason_required' || check.error.code === 'reason_too_long') {
      throw invalidField('reason', check.error.code, check.error.message);
    }
    throw new ProblemError(409, check.error.code.replaceAll('_', '-'), 'Deze stap kan niet.', check.error.message);
  }
  const to = input.to;
  const destination = input.destination?.trim() || null;
  if (destination && destination.length > 300) throw invalidField('destination', 'too-long', 'Gebruik hoogstens 300 tekens.');

  if (to === 'in_progress' && from === 'assigned') await assertMayStart(trx, row);
  if (to === 'concluded') await concludeWithOutcome(trx, row);
  await guardedStatusUpdate(trx, row.id, from, to, sideEffects(from, to, destination));
  // A case that leaves `proposed` some other way takes its open proposal (and consent links) along.
  if (from === 'proposed') await closeStaleProposals(trx, row.id, check.value.reason ?? `Zaak naar ${to}`);
  // Back to matching after assignment: the former mediators lose access to the case.
  if (from === 'assigned' && to === 'matching') {
    await releaseCurrentMediators(trx, row.id);
  }
  await recordCaseEvent(trx, ctx, {
    poolId: row.pool_id,
    caseId: row.id,
    kind: 'transition',
    fromStatus: from,
    toStatus: to,
    reason: check.value.reason,
    detail: destination ? { destination } : {},
  });
  await writeAudit(trx, ctx, { action: 'case.transition', objectType: 'case', objectId: row.id, detail: { from, to } });
}

/** Dates the lifecycle keeps on the case row, so clocks and reports need no event replay. */
function sideEffects(from: CaseStatus, to: CaseStatus, destination: string | null): Updateable<MediationCaseTable> {
  const today = todayInAmsterdam();
  switch (to) {
    case 'assigned':
      return { assigned_on: today };
    case 'concluded':
      return { concluded_on: today };
    case 'in_progress':
      // Reopening a concluded case starts its conclusion clock again.
      return from === 'concluded' ? { concluded_on: null } : {};
    case 'closed':
    case 'withdrawn':
      return { closed_on: today };
    case 'referred':
      return { closed_on: today, referred_to: destination };
    default:
      return {};
  }
}
