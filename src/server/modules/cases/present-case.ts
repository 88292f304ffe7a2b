import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MediationCaseTable } from '../../db/schema-cases.js';
import type { Actor } from '../../auth/actor.js';
import { evaluateClock, type ClockEvaluation } from '../../../domain/calendar/clock-evaluation.js';
import { worstClockState, clockState, type ClockState } from '../../../domain/calendar/clock-state.js';
import { SERVICE_NORM_LABELS } from '../../../domain/calendar/service-norms.js';
import { workingDaysBetween } from '../../../domain/calendar/working-days.js';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import { allowedTransitions } from '../../../domain/cases/case-transitions.js';
import type { CaseStatus } from '../../../domain/cases/case-status.js';
import { type CaseAccess, lifecycleActor, toPolicyCase } from '../case-status/index.js';
import { isOwnedElsewhere } from './transitions-elsewhere.js';
import type { Static } from 'typebox';
import type { CaseDetailSchema } from './schemas.js';

export type CaseDetail = Static<typeof CaseDetailSchema>;
type D = CaseDetail;
type Conf = NonNullable<D['confidential']>;

type CaseRow = Selectable<MediationCaseTable>;

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

export async function presentCaseDetail(
  db: Kysely<DB>,
  actor: Actor,
  loaded: { row: CaseRow; access: CaseAccess; isAssignedMediator: boolean },
  today: IsoDate,
  calendar: WorkingCalendar,
): Promise<CaseDetail> {
  const c = loaded.row;
  const municipality = await db.selectFrom('municipality').select(['id', 'name']).where('id', '=', c.requesting_municipality_id).executeTakeFirstOrThrow();
  const clocks = caseClockList(c, today, calendar);
  const transitions = allowedTransitions(c.status as CaseStatus, lifecycleActor(actor, toPolicyCase(c), loaded.isAssignedMediator))
    .filter((t) => !isOwnedElsewhere(c.status as CaseStatus, t.to))
    .map((t) => ({
    to: t.to,
    label: t.label,
    reasonRequired: t.reasonRequired,
  }));
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
  };
  if (loaded.access !== 'full') return { ...base, confidential: null };

  const [parties, triage, mediators, external, referrer] = await Promise.all([
    db
      .selectFrom('case_party as p')
      .leftJoin('municipality as m', 'm.id', 'p.municipality_id')
      .select(['p.id', 'p.role', 'p.name', 'p.organisation', 'p.department', 'p.email', 'p.phone', 'p.informed', 'm.id as m_id', 'm.name as m_name'])
      .where('p.case_id', '=', c.id)
      .orderBy('p.position')
      .execute(),
    db
      .selectFrom('case_triage as t')
      .innerJoin('app_user as u', 'u.id', 't.decided_by')
      .selectAll('t')
      .select('u.name as decided_by_name')
      .where('t.case_id', '=', c.id)
      .executeTakeFirst(),
    db
      .selectFrom('case_mediator as cm')
      .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
      .leftJoin('app_user as u', 'u.id', 'mp.user_id')
      .leftJoin('municipality as m', 'm.id', 'u.municipality_id')
      .select(['cm.mediator_id', 'cm.role', 'u.name', 'm.name as municipality_name'])
      .where('cm.case_id', '=', c.id)
      .where('cm.released_at', 'is', null)
      .execute(),
    // An external mediator engaged through matching takes the place of a pool mediator on the case.
    db
      .selectFrom('external_mediator_assignment')
      .select(['name', 'organisation'])
      .where('case_id', '=', c.id)
      .where('status', '=', 'assigned')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db.selectFrom('app_user').select(['id', 'name']).where('id', '=', c.referrer_user_id).executeTakeFirstOrThrow(),
  ]);
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
            postponementDays: c.objection_postponement_days,
            postponementConsentOn: c.objection_postponement_consent_on,
            decisionDueOn: c.statutory_due_on,
          }
        : null,
    },
  };
}
