// policy: public (the front door's self-referral: no account; the front-door module checked the municipality's pool, the rate limit and the honeypot before it calls this)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { formatCaseNumber } from '../../../../domain/cases/case-number.js';
import { yearOf, type IsoDate } from '../../../../domain/calendar/iso-date.js';
import type { CaseType, PartyRole } from '../../../../domain/cases/case-vocabulary.js';
import { badRequest } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadPoolClockSettings, todayInAmsterdam, recordCaseEvent } from '../../case-status/index.js';
import { computeDueDates } from '../case-due-dates.js';
import { insertCase, insertParties, nextCaseSequence } from '../repository/index.js';
import { notifyCoordinators } from './refer-case.js';

export interface SelfReferral {
  poolId: string;
  municipality: { id: string; name: string };
  caseType: Extract<CaseType, 'employment' | 'citizen_government'>;
  partyRole: PartyRole;
  name: string;
  email: string | null;
  phone: string | null;
  description: string;
  wantsExternalMediator: boolean;
  decisionSentOn: IsoDate | null;
}

export const SELF_REFERRAL_LABEL = 'zelfaanmelder (voorportaal)';
export const SELF_REFERRAL_TITLE = 'Zelfaanmelding via het voorportaal';

/**
 * A resident's, employee's or manager's own referral through the public front door: a case in
 * the pool's intake (status `registered`, waiting for triage like any new referral) with source
 * `self_referral` and no referring account, the person as its one party (informed: they asked),
 * due dates as for any referral, the timeline's first step and an audit row by the self-referrer,
 * and a mail to the pool's coordinators; all in the caller's transaction.
 */
export async function registerSelfReferral(trx: Kysely<DB>, ctx: AuditContext, input: SelfReferral) {
  const actx = { ...ctx, actor: null, poolId: input.poolId };
  const today = todayInAmsterdam();
  const settings = await loadPoolClockSettings(trx, input.poolId);
  const due = computeDueDates(
    today,
    { decisionSentOn: input.decisionSentOn, advisoryCommittee: input.decisionSentOn ? false : null, adjournmentWeeks: null, postponementDays: null, postponementConsentOn: null },
    settings,
    today,
  );
  if (!due.ok) {
    throw badRequest(due.error.message, [{ name: 'decisionDate', code: due.error.code, reason: due.error.message }]);
  }
  const year = yearOf(today);
  const number = formatCaseNumber(year, await nextCaseSequence(trx, input.poolId, year));
  const row = await insertCase(trx, {
    pool_id: input.poolId,
    number,
    requesting_municipality_id: input.municipality.id,
    case_type: input.caseType,
    title: SELF_REFERRAL_TITLE,
    description: input.description,
    referral_source: 'self_referral',
    urgency: 'normal',
    preferred_language: 'nl',
    wants_external_mediator: input.wantsExternalMediator,
    referrer_user_id: null,
    referred_on: today,
    objection_decision_sent_on: input.decisionSentOn,
    objection_advisory_committee: input.decisionSentOn ? false : null,
    ...due.value,
  });
  await insertParties(trx, [
    {
      pool_id: input.poolId,
      case_id: row.id,
      position: 1,
      role: input.partyRole,
      name: input.name,
      organisation: null,
      municipality_id: null,
      department: null,
      email: input.email,
      phone: input.phone,
      informed: true,
    },
  ]);
  await recordCaseEvent(trx, { ...actx, label: SELF_REFERRAL_LABEL }, { poolId: input.poolId, caseId: row.id, kind: 'referral', toStatus: 'registered', detail: { number, source: 'self_referral' } });
  await writeAudit(trx, actx, { action: 'case.self-refer', objectType: 'case', objectId: row.id, actorLabel: SELF_REFERRAL_LABEL, detail: { number } });
  await notifyCoordinators(trx, input.poolId, null, { number, caseType: input.caseType, municipality: input.municipality.name, urgency: 'normal' });
  return { id: row.id, number };
}
