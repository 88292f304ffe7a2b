import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { formatCaseNumber } from '../../../../domain/cases/case-number.js';
import { compareIsoDates, yearOf, type IsoDate } from '../../../../domain/calendar/iso-date.js';
import { badRequest, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase, refuseUnlessRoleMay, type CaseCollection } from '../policy.js';
import { loadPoolClockSettings, todayInAmsterdam, recordCaseEvent } from '../../case-status/index.js';
import { computeDueDates } from '../case-due-dates.js';
import { CASE_TYPE_LABELS, type CaseType } from '../../../../domain/cases/case-vocabulary.js';
import type { PartyInput, ReferralInput } from '../../../../contract/cases.js';
import { insertCase, insertParties, nextCaseSequence, selectActiveCoordinators, selectCurrentMember, selectKnownMunicipalityIds } from '../repository/index.js';

/**
 * A referral (aanmelding): a case with its parties, number MP-YYYY-NNNN, due dates and the first
 * timeline step, all in one transaction. Coordinators get a mail without confidential content.
 */
export async function referCase(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: ReferralInput) {
  const referral: CaseCollection = { collection: 'cases', poolId: actor.poolId, municipalityId: input.requestingMunicipalityId };
  refuseUnlessRoleMay(actor, 'refer', referral, 'U kunt alleen een zaak aanmelden voor uw eigen gemeente.');
  ensureCan(canCase, actor, 'refer', referral, 'collection');
  const member = await selectCurrentMember(trx, actor.poolId, input.requestingMunicipalityId);
  if (!member) throw invalidField('requestingMunicipalityId', 'not-a-member', 'Kies een gemeente die lid is van de pool.');

  const today = todayInAmsterdam();
  const referredOn = (input.referredOn ?? today) as IsoDate;
  if (compareIsoDates(referredOn, today) > 0) {
    throw invalidField('referredOn', 'in-future', 'De datum van aanmelding kan niet in de toekomst liggen.');
  }
  await checkPartyMunicipalities(trx, input.parties);

  const settings = await loadPoolClockSettings(trx, actor.poolId);
  const due = computeDueDates(
    referredOn,
    {
      decisionSentOn: input.objection?.decisionSentOn ?? null,
      advisoryCommittee: input.objection?.advisoryCommittee ?? null,
      adjournmentWeeks: null,
      postponementDays: null,
      postponementConsentOn: null,
    },
    settings,
    today,
  );
  if (!due.ok) {
    throw badRequest(due.error.message, [{ name: `objection/${due.error.field ?? 'decisionSentOn'}`, code: due.error.code, reason: due.error.message }]);
  }

  const year = yearOf(referredOn);
  const number = formatCaseNumber(year, await nextCaseSequence(trx, actor.poolId, year));

  const row = await insertCase(trx, {
    pool_id: actor.poolId,
    number,
    requesting_municipality_id: input.requestingMunicipalityId,
    case_type: input.caseType,
    title: input.title.trim(),
    description: input.description.trim(),
    referral_source: input.referralSource,
    urgency: input.urgency ?? 'normal',
    preferred_language: input.preferredLanguage ?? 'nl',
    wants_external_mediator: input.wantsExternalMediator ?? false,
    referrer_user_id: actor.userId,
    referred_on: referredOn,
    objection_decision_sent_on: input.objection?.decisionSentOn ?? null,
    objection_advisory_committee: input.objection ? input.objection.advisoryCommittee : null,
    ...due.value,
  });

  await insertParties(
    trx,
    input.parties.map((p, i) => ({
      pool_id: actor.poolId,
      case_id: row.id,
      position: i + 1,
      role: p.role,
      name: p.name.trim(),
      organisation: p.organisation?.trim() || null,
      municipality_id: p.municipalityId ?? null,
      department: p.department?.trim() || null,
      email: p.email?.trim() || null,
      phone: p.phone?.trim() || null,
      informed: p.informed,
    })),
  );

  await recordCaseEvent(trx, ctx, { poolId: actor.poolId, caseId: row.id, kind: 'referral', toStatus: 'registered', detail: { number } });
  await writeAudit(trx, ctx, { action: 'case.refer', objectType: 'case', objectId: row.id, detail: { number } });
  await notifyCoordinators(trx, actor.poolId, actor.userId, { number, caseType: input.caseType, municipality: member.name, urgency: input.urgency ?? 'normal' });
  return row;
}

async function checkPartyMunicipalities(trx: Kysely<DB>, parties: PartyInput[]): Promise<void> {
  const ids = [...new Set(parties.map((p) => p.municipalityId).filter((v): v is string => !!v))];
  if (ids.length === 0) return;
  const known = await selectKnownMunicipalityIds(trx, ids);
  const bad = parties.flatMap((p, i) =>
    p.municipalityId && !known.has(p.municipalityId)
      ? [{ name: `parties/${i}/municipalityId`, code: 'unknown', reason: 'Onbekende gemeente.' }]
      : [],
  );
  if (bad.length) throw badRequest('Een of meer partijen hebben een onbekende gemeente.', bad);
}

/** Every active coordinator hears of a new referral, except the coordinator who registered it (none for a self-referral). */
export async function notifyCoordinators(trx: Kysely<DB>, poolId: string, referrerId: string | null, c: { number: string; caseType: CaseType; municipality: string; urgency: string }) {
  const coordinators = await selectActiveCoordinators(trx, poolId);
  for (const co of coordinators.filter((x) => x.id !== referrerId)) {
    await enqueueMail(trx, {
      poolId,
      kind: 'case-referred',
      to: co.email,
      subject: `Nieuwe aanmelding ${c.number}`,
      text: [
        `Beste ${co.name},`,
        '',
        `Er is een nieuwe zaak aangemeld: ${c.number} (${CASE_TYPE_LABELS[c.caseType].toLowerCase()}) van de gemeente ${c.municipality}.`,
        c.urgency !== 'normal' ? `Urgentie: ${c.urgency === 'urgent' ? 'spoed' : 'hoog'}.` : '',
        'Open Mediatorpool om de zaak te bekijken en de triage te starten.',
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
}
