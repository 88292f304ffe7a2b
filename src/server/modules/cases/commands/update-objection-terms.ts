import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { badRequest } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent, loadPoolClockSettings, todayInAmsterdam } from '../../case-status/index.js';
import { computeDueDates, type ObjectionFields } from '../case-due-dates.js';
import type { IsoDate } from '../../../../domain/calendar/iso-date.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase, refuseUnlessRoleMay } from '../policy.js';
import { updateCaseFields } from '../repository/index.js';

/**
 * The statutory term of an objection (bezwaar): the date the contested decision was sent, an
 * advisory committee, one adjournment (Awb 7:10(3)) with the date it was announced, which must lie
 * within the decision term, and a postponement with the objector's recorded consent (7:10(4)).
 * The decision deadline is recomputed from these inputs; refused input changes nothing.
 */
export async function updateObjectionTerms(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: ObjectionFields) {
  const loaded = await loadCaseForActor(trx, actor, caseId);
  ensureCan(canCase, actor, 'read', loaded);
  refuseUnlessRoleMay(actor, 'updateObjectionTerms', loaded, 'Alleen de coördinator wijzigt de wettelijke termijn.');
  const { row } = loaded;
  const settings = await loadPoolClockSettings(trx, row.pool_id);
  const due = computeDueDates(row.referred_on as IsoDate, input, settings, todayInAmsterdam());
  if (!due.ok) {
    const field = due.error.field ?? 'decisionSentOn';
    throw badRequest(due.error.message, [{ name: field, code: due.error.code, reason: due.error.message }]);
  }
  await updateCaseFields(trx, row.id, {
    objection_decision_sent_on: input.decisionSentOn,
    objection_advisory_committee: input.decisionSentOn ? (input.advisoryCommittee ?? false) : null,
    objection_adjournment_weeks: input.adjournmentWeeks,
    objection_adjournment_announced_on: input.adjournmentWeeks ? (input.adjournmentAnnouncedOn ?? null) : null,
    objection_postponement_days: input.postponementDays,
    objection_postponement_consent_on: input.postponementConsentOn,
    statutory_due_on: due.value.statutory_due_on,
  });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'statutory_term', detail: { ...input, dueOn: due.value.statutory_due_on } });
  await writeAudit(trx, ctx, { action: 'case.objection-terms', objectType: 'case', objectId: row.id, detail: { ...input } });
  return due.value.statutory_due_on;
}
