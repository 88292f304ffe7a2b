import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { formatCaseNumber } from '../../../../domain/cases/case-number.js';
import { compareIsoDates, yearOf, type IsoDate } from '../../../../domain/calendar/iso-date.js';
import { badRequest, forbidden, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { canRefer } from '../policy.js';
import { loadPoolClockSettings, todayInAmsterdam, recordCaseEvent } from '../../case-status/index.js';
import { computeDueDates } from '../case-due-dates.js';
import { CASE_TYPE_LABELS, type CaseType, type PartyRole, type ReferralSource, type Urgency } from '../../../../domain/cases/case-vocabulary.js';

export interface PartyInput {
  role: PartyRole;
  name: string;
  organisation?: string | null | undefined;
  municipalityId?: string | null | undefined;
  department?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  informed: boolean;
}

export interface ReferralInput {
  requestingMunicipalityId: string;
  caseType: CaseType;
  title: string;
  description: string;
  parties: PartyInput[];
  referralSource: ReferralSource;
  urgency?: Urgency | undefined;
  preferredLanguage?: string | undefined;
  wantsExternalMediator?: boolean | undefined;
  referredOn?: string | undefined;
  objection?: { decisionSentOn: string; advisoryCommittee: boolean } | undefined;
}

/**
 * A referral (aanmelding): a case with its parties, number MP-YYYY-NNNN, due dates and the first
 * timeline step, all in one transaction. Coordinators get a mail without confidential content.
 */
export async function referCase(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: ReferralInput) {
  if (!canRefer(actor, input.requestingMunicipalityId)) {
    throw forbidden('U kunt alleen een zaak aanmelden voor uw eigen gemeente.');
  }
  const member = await trx
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.name'])
    .where('pm.pool_id', '=', actor.poolId)
    .where('pm.municipality_id', '=', input.requestingMunicipalityId)
    .where((eb) => eb.or([eb('pm.member_until', 'is', null), eb('pm.member_until', '>=', sql<string>`current_date`)]))
    .executeTakeFirst();
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
  const counter = await trx
    .insertInto('case_number_counter')
    .values({ pool_id: actor.poolId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`case_number_counter.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  const number = formatCaseNumber(year, counter.last_number);

  const row = await trx
    .insertInto('mediation_case')
    .values({
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
    })
    .returningAll()
    .executeTakeFirstOrThrow();

  await trx
    .insertInto('case_party')
    .values(
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
    )
    .execute();

  await recordCaseEvent(trx, ctx, { poolId: actor.poolId, caseId: row.id, kind: 'referral', toStatus: 'registered', detail: { number } });
  await writeAudit(trx, ctx, { action: 'case.refer', objectType: 'case', objectId: row.id, detail: { number } });
  await notifyCoordinators(trx, actor.poolId, { number, caseType: input.caseType, municipality: member.name, urgency: input.urgency ?? 'normal' });
  return row;
}

async function checkPartyMunicipalities(trx: Kysely<DB>, parties: PartyInput[]): Promise<void> {
  const ids = [...new Set(parties.map((p) => p.municipalityId).filter((v): v is string => !!v))];
  if (ids.length === 0) return;
  const found = await trx.selectFrom('municipality').select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((f) => f.id));
  const bad = parties.flatMap((p, i) =>
    p.municipalityId && !known.has(p.municipalityId)
      ? [{ name: `parties/${i}/municipalityId`, code: 'unknown', reason: 'Onbekende gemeente.' }]
      : [],
  );
  if (bad.length) throw badRequest('Een of meer partijen hebben een onbekende gemeente.', bad);
}

async function notifyCoordinators(trx: Kysely<DB>, poolId: string, c: { number: string; caseType: CaseType; municipality: string; urgency: string }) {
  const coordinators = await trx
    .selectFrom('app_user')
    .select(['email', 'name'])
    .where('pool_id', '=', poolId)
    .where('active', '=', true)
    .where(sql<boolean>`'coordinator' = ANY(roles)`)
    .execute();
  for (const co of coordinators) {
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
