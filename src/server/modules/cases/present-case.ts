import type { Selectable } from 'kysely';
import type { MediationCaseTable } from '../../db/schema-cases.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { evaluateClock, type ClockEvaluation } from '../../../domain/calendar/clock-evaluation.js';
import { worstClockState, clockState, type ClockState } from '../../../domain/calendar/clock-state.js';
import { SERVICE_NORM_LABELS } from '../../../domain/calendar/service-norms.js';
import { workingDaysBetween } from '../../../domain/calendar/working-days.js';
import { objectionPeriod } from '../../../domain/calendar/awb-objection.js';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import { CASE_ACTIONS, type CaseAccess, type CaseDetail, type CaseDocument, type CaseEvent, type CaseSummary } from '../../../contract/cases.js';
import { canCase, transitionsFor } from './policy.js';
import type { CaseDocumentRow, CaseEventRow, CaseListRow, ConfidentialParts } from './repository/index.js';

type D = CaseDetail;
type Conf = NonNullable<D['confidential']>;

type CaseRow = Selectable<MediationCaseTable>;

/** The actions on a case itself (not the list's). */
const ON_A_CASE = CASE_ACTIONS.filter((a) => a !== 'list' && a !== 'refer');

/** Each clock of a case from its stored due dates, so the detail and the list filter agree. */
export function caseClockList(c: CaseRow, today: IsoDate, calendar: WorkingCalendar) {
  const endedOn = c.status === 'withdrawn' || c.status === 'referred' ? (c.closed_on as IsoDate | null) : null;
  const defs: { key: string; label: string; dueOn: string | null; completedOn: string | null }[] = [
    { key: 'first_contact', label: SERVICE_NORM_LABELS.first_contact, dueOn: c.first_contact_due_on, completedOn: c.first_contact_on },
    { key: 'assignment', label: SERVICE_NORM_LABELS.assignment, dueOn: c.assignment_due_on, completedOn: c.assigned_on },
    { key: 'conclusion', label: SERVICE_NORM_LABELS.conclusion, dueOn: c.conclusion_due_on, completedOn: c.concluded_on },
    { key: 'statutory', label: 'Wettelijke beslistermijn bezwaar', dueOn: c.statutory_due_on, completedOn: c.concluded_on },
  ];
  return defs
    .filter((d): d is typeof d & { dueOn: string } => d.dueOn !== null)
    .map((d) => ({
      key: d.key,
      label: d.label,
      ...pick(evaluateClock({ dueOn: d.dueOn as IsoDate, completedOn: d.completedOn as IsoDate | null, endedOn, today, calendar })),
    }));
}

function pick(e: ClockEvaluation) {
  return { dueOn: e.dueOn, completedOn: e.completedOn, status: e.status, state: e.state, workingDaysLeft: e.workingDaysLeft };
}

export function summaryClockState(nextDueOn: string | null, today: IsoDate, calendar: WorkingCalendar): ClockState | null {
  return nextDueOn ? clockState(nextDueOn as IsoDate, today, calendar) : null;
}

/** One row of the case list. */
export function presentCaseSummary(r: CaseListRow, access: CaseAccess, today: IsoDate, calendar: WorkingCalendar): CaseSummary {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    caseType: r.case_type as CaseSummary['caseType'],
    status: r.status as CaseSummary['status'],
    route: r.route,
    urgency: r.urgency as CaseSummary['urgency'],
    requestingMunicipality: { id: r.requesting_municipality_id, name: r.municipality_name },
    referredOn: r.referred_on,
    nextDueOn: r.next_due_on,
    clockState: summaryClockState(r.next_due_on, today, calendar),
    access,
  };
}

export interface CaseForDetail {
  row: CaseRow;
  access: CaseAccess;
  isAssignedMediator: boolean;
}

/** The case as this actor may see it; `confidential` only with full access (then `parts` are given). */
export function presentCaseDetail(
  actor: Actor,
  loaded: CaseForDetail,
  municipality: { id: string; name: string },
  parts: ConfidentialParts | null,
  today: IsoDate,
  calendar: WorkingCalendar,
): CaseDetail {
  const c = loaded.row;
  const clocks = caseClockList(c, today, calendar);
  const transitions = transitionsFor(actor, loaded).map((t) => ({ to: t.to, label: t.label, reasonRequired: t.reasonRequired }));
  const worst = worstClockState(clocks.map((k) => k.state));
  const nextDue = clocks.filter((k) => k.status === 'running').map((k) => k.dueOn).sort()[0] ?? null;

  const base: Omit<D, 'confidential'> = {
    id: c.id,
    number: c.number,
    title: c.title,
    caseType: c.case_type as D['caseType'],
    status: c.status as D['status'],
    route: c.route,
    urgency: c.urgency as D['urgency'],
    requestingMunicipality: municipality,
    referredOn: c.referred_on,
    nextDueOn: nextDue,
    clockState: worst,
    access: loaded.access,
    assignedOn: c.assigned_on,
    concludedOn: c.concluded_on,
    closedOn: c.closed_on,
    referredTo: c.referred_to,
    workingDaysSinceReferral: Math.max(0, workingDaysBetween(c.referred_on as IsoDate, today, calendar)),
    clocks: clocks as D['clocks'],
    allowedTransitions: transitions as D['allowedTransitions'],
    allowedActions: allowedActions(canCase, actor, loaded, ON_A_CASE),
  };
  if (loaded.access !== 'full' || !parts) return { ...base, confidential: null };

  const { parties, triage, mediators, external, referrer } = parts;
  return {
    ...base,
    confidential: {
      description: c.description,
      referralSource: c.referral_source as Conf['referralSource'],
      preferredLanguage: c.preferred_language,
      wantsExternalMediator: c.wants_external_mediator,
      referrer,
      firstContactOn: c.first_contact_on,
      outcomeShareable: c.outcome_shareable,
      parties: parties.map((p) => ({
        id: p.id,
        role: p.role as Conf['parties'][number]['role'],
        name: p.name,
        organisation: p.organisation,
        municipality: p.m_id ? { id: p.m_id, name: p.m_name! } : null,
        department: p.department,
        email: p.email,
        phone: p.phone,
        informed: p.informed,
      })),
      triage: triage
        ? {
            contraIndications: triage.contra_indications,
            route: triage.route,
            reason: triage.reason,
            justification: triage.justification,
            destination: triage.destination,
            decidedBy: triage.decided_by_name,
            decidedAt: triage.decided_at.toISOString(),
          }
        : null,
      mediators: mediators.map((m) => ({ mediatorId: m.mediator_id, name: m.name ?? 'Uitgenodigde mediator', municipality: m.municipality_name, role: m.role })),
      externalMediator: external ? { name: external.name, organisation: external.organisation } : null,
      objection: c.objection_decision_sent_on
        ? {
            decisionSentOn: c.objection_decision_sent_on,
            advisoryCommittee: c.objection_advisory_committee ?? false,
            adjournmentWeeks: c.objection_adjournment_weeks,
            adjournmentAnnouncedOn: c.objection_adjournment_announced_on,
            postponementDays: c.objection_postponement_days,
            postponementConsentOn: c.objection_postponement_consent_on,
            objectionDueOn: objectionPeriod(c.objection_decision_sent_on as IsoDate).endsOn,
            decisionDueOn: c.statutory_due_on,
          }
        : null,
    },
  };
}

/** The outcome step of a case's timeline (outcomes' record-outcome). */
const OUTCOME_EVENT = 'outcome-recorded';

/**
 * A timeline step as limited access sees it, or null when it is not shown at all. A contact sees
 * what the case view shows them (case-status/case-access.ts): the status steps (from, to, when)
 * and, only when the parties allowed sharing the outcome, the outcome step with its category.
 * Not who took a step (a mediator's name), nor the matching, session, document or agreement
 * steps, nor reasons and details, which carry case content.
 */
function limitedEvent(e: CaseEventRow, outcomeShareable: boolean): CaseEvent | null {
  const step = { id: Number(e.id), at: e.at.toISOString(), actor: null, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, reason: null };
  if (e.to_status !== null) return { ...step, detail: {} };
  if (e.kind === OUTCOME_EVENT && outcomeShareable && typeof e.detail.outcome === 'string') return { ...step, detail: { outcome: e.detail.outcome } };
  return null;
}

/** A timeline step in full: who, what, the status change, the reason and details (full access only). */
const fullEvent = (e: CaseEventRow): CaseEvent => ({
  id: Number(e.id),
  at: e.at.toISOString(),
  actor: e.actor_label,
  kind: e.kind,
  fromStatus: e.from_status,
  toStatus: e.to_status,
  reason: e.reason,
  detail: e.detail,
});

/** The case's timeline as this access sees it; `outcomeShareable` is the case's (the parties' permission). */
export function presentEvents(rows: readonly CaseEventRow[], access: CaseAccess, outcomeShareable: boolean): CaseEvent[] {
  if (access === 'full') return rows.map(fullEvent);
  return rows.flatMap((e) => limitedEvent(e, outcomeShareable) ?? []);
}

export const presentDocument = (d: CaseDocumentRow): CaseDocument => ({
  id: d.id,
  kind: d.kind as CaseDocument['kind'],
  filename: d.filename,
  contentType: d.content_type,
  sizeBytes: d.size_bytes,
  sha256: d.sha256,
  uploadedAt: d.uploaded_at.toISOString(),
});
