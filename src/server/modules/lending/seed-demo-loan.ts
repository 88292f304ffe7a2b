// policy: the system (the demo seed, before anyone signs in)
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, type IsoDate } from '../../../domain/calendar/iso-date.js';
import { addWorkingDays } from '../../../domain/calendar/working-days.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { periodCode, periodContaining, type PeriodKind } from '../../../domain/settlement/index.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';
import { nextCaseSequence } from '../cases/index.js';

const at = (d: IsoDate, time: string) => new Date(`${d}T${time}:00Z`);

/**
 * What both demo cases need of the pool: its first coordinator (who referred, triaged and asked
 * the loan) and the three member municipalities whose mediators the parties rule out; undefined
 * when one is missing (a pool other than the demo's).
 */
async function demoLoanFacts(db: Kysely<DB>, poolId: string) {
  const coordinator = await db
    .selectFrom('app_user')
    .select('id')
    .where('pool_id', '=', poolId)
    .where(sql<boolean>`'coordinator' = ANY(roles)`)
    .orderBy('created_at')
    .executeTakeFirst();
  const municipalities = await db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.code'])
    .where('pm.pool_id', '=', poolId)
    .where('m.code', 'in', ['GM0119', 'GM1708', 'GM1701'])
    .execute();
  const id = (code: string) => municipalities.find((m) => m.code === code)?.id;
  const [meppel, steenwijkerland, westerveld] = [id('GM0119'), id('GM1708'), id('GM1701')];
  if (!coordinator || !meppel || !steenwijkerland || !westerveld) return undefined;
  return { coordinator, meppel, steenwijkerland, westerveld };
}

/** A timeline row of a demo case, at a time of a day, by no one in particular ("demo"). */
const demoEvent = (poolId: string, caseId: string) => (on: IsoDate, time: string, kind: string, from: string | null, to: string | null) => ({
  pool_id: poolId,
  case_id: caseId,
  at: at(on, time),
  actor_user_id: null,
  actor_label: 'demo',
  kind,
  from_status: from,
  to_status: to,
  detail: '{}',
});

/** The demo case for lending between pools (README: "Lenen uit een partnerpool"). */
export const DEMO_LOAN_CASE_TITLE = 'Arbeidsconflict bij de gezamenlijke belastingdienst (demo: lenen uit een partnerpool)';

/**
 * A Meppel case in `matching` that no mediator of the Meppel pool may lead: the employee works
 * for Meppel, the manager for Steenwijkerland and the HR adviser for Westerveld (the
 * municipalities of the pool's three active mediators; MfN 2.1), so the coordinator sees "Uit
 * partnerpools" with Noor de Wit (Zeist) of the Regional Mediation Network and asks to borrow
 * her. Nothing happens without a coordinator or the three municipalities, or when it exists.
 */
export async function seedDemoLoanCase(db: Kysely<DB>, poolId: string, opts: { today?: IsoDate } = {}): Promise<void> {
  const today = opts.today ?? todayInAmsterdam();
  if (await db.selectFrom('mediation_case').select('id').where('pool_id', '=', poolId).where('title', '=', DEMO_LOAN_CASE_TITLE).executeTakeFirst()) return;
  const facts = await demoLoanFacts(db, poolId);
  if (!facts) return;
  const { coordinator, meppel, steenwijkerland, westerveld } = facts;

  const { calendar } = await loadPoolClockSettings(db, poolId);
  const referredOn = addWorkingDays(addDays(today, -6), 1, calendar);
  const triagedOn = addWorkingDays(referredOn, 1, calendar);
  const year = Number(referredOn.slice(0, 4));
  const number = formatCaseNumber(year, await nextCaseSequence(db, poolId, year));
  const c = await db
    .insertInto('mediation_case')
    .values({
      pool_id: poolId,
      number,
      requesting_municipality_id: meppel,
      case_type: 'employment',
      title: DEMO_LOAN_CASE_TITLE,
      description:
        'Demonstratiezaak: een medewerker van Meppel, gedetacheerd bij de gezamenlijke belastingdienst, en haar leidinggevende uit Steenwijkerland botsen over werkverdeling; de HR-adviseur uit Westerveld is betrokken. Geen mediator van de eigen pool komt in aanmerking.',
      status: 'matching',
      route: 'formal_mediation',
      referral_source: 'hr',
      preferred_language: 'nl',
      referrer_user_id: coordinator.id,
      referred_on: referredOn,
      first_contact_on: referredOn,
      first_contact_due_on: addWorkingDays(referredOn, 5, calendar),
      assignment_due_on: addWorkingDays(referredOn, 10, calendar),
      conclusion_due_on: addWorkingDays(referredOn, 60, calendar),
      created_at: at(referredOn, '09:00'),
      updated_at: at(triagedOn, '10:00'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const party = (position: number, role: string, name: string, municipalityId: string, email: string | null) => ({
    pool_id: poolId,
    case_id: c.id,
    position,
    role,
    name,
    municipality_id: municipalityId,
    department: null,
    email,
    informed: true,
  });
  await db
    .insertInto('case_party')
    .values([
      party(1, 'employee', 'Els Hoogeveen', meppel, 'els.hoogeveen@example.org'),
      party(2, 'manager', 'Piet Steenbergen', steenwijkerland, 'piet.steenbergen@example.org'),
      party(3, 'organisation_representative', 'Wendy Westhof', westerveld, null),
    ])
    .execute();
  await db.insertInto('case_triage').values({ pool_id: poolId, case_id: c.id, route: 'formal_mediation', reason: 'Beide partijen willen praten; geen contra-indicaties.', decided_by: coordinator.id, decided_at: at(triagedOn, '10:00') }).execute();
  const event = demoEvent(poolId, c.id);
  await db
    .insertInto('case_event')
    .values([event(referredOn, '09:00', 'referral', null, 'registered'), event(referredOn, '09:01', 'transition', 'registered', 'triage'), event(triagedOn, '10:00', 'triage', 'triage', 'matching')])
    .execute();
}

/** The demo case Noor de Wit already works on under an approved loan (README: "Geleende uren verrekenen"). */
export const DEMO_LENT_CASE_TITLE = 'Roosterconflict bij de gezamenlijke buitendienst (demo: geleende mediator, uren verrekenen)';

/**
 * A Westerveld case that Noor de Wit (Zeist) of the Regional Mediation Network works on under an
 * approved loan, so that a finance user sees lent hours on a draft settlement at once: the parties
 * work for Westerveld, Meppel and Steenwijkerland (no Meppel mediator may lead), the Meppel
 * coordinator asked the loan in the previous settlement period, Sanne Visser approved it at the
 * agreement's rate, Noor got a mediator profile in Meppel (as approving a loan does) and the case
 * is in progress with two sessions and their hours approved in that period. The previous period
 * is one the demo has not settled, so Verrekening → a draft for it lists the hours under "Uren
 * tussen pools" (Meppel pays the network). Nothing happens without the network, its agreement,
 * Noor, the coordinator or the three municipalities, or when the case exists.
 */
export async function seedDemoLentCase(db: Kysely<DB>, poolId: string, opts: { today?: IsoDate } = {}): Promise<void> {
  const today = opts.today ?? todayInAmsterdam();
  if (await db.selectFrom('mediation_case').select('id').where('pool_id', '=', poolId).where('title', '=', DEMO_LENT_CASE_TITLE).executeTakeFirst()) return;
  const facts = await demoLoanFacts(db, poolId);
  const agreement = await db
    .selectFrom('lending_agreement')
    .select(['id', 'partner_pool_id', 'confirmed_by', 'rate_cents'])
    .where('proposer_pool_id', '=', poolId)
    .where('confirmed_at', 'is not', null)
    .where('ended_at', 'is', null)
    .orderBy('proposed_at')
    .executeTakeFirst();
  const noor = agreement
    ? await db
        .selectFrom('mediator_profile as mp')
        .innerJoin('app_user as u', 'u.id', 'mp.user_id')
        .select(['mp.id', 'mp.user_id', 'u.municipality_id', 'mp.kind', 'mp.specialisms', 'mp.languages', 'mp.mfn_register_number', 'mp.registration_expires_on', 'mp.max_concurrent_cases', 'mp.hours_per_month'])
        .where('mp.pool_id', '=', agreement.partner_pool_id)
        .where('mp.status', '=', 'active')
        .orderBy('mp.created_at')
        .executeTakeFirst()
    : undefined;
  if (!facts || !agreement?.confirmed_by || !noor?.user_id || !noor.municipality_id) return;
  const { coordinator, meppel, steenwijkerland, westerveld } = facts;
  const lender = { userId: noor.user_id, municipalityId: noor.municipality_id, approvedBy: agreement.confirmed_by };

  // The previous settlement period of the pool, which the demo has not settled: everything happens in it.
  const { calendar } = await loadPoolClockSettings(db, poolId);
  const settings = await db.selectFrom('pool_settings').select('settlement_period').where('pool_id', '=', poolId).executeTakeFirst();
  const kind = (settings?.settlement_period ?? 'quarter') as PeriodKind;
  const previous = periodContaining(kind, addDays(periodContaining(kind, today).start, -1));
  const last = previous.end < today ? previous.end : addDays(today, -1);
  const referredOn = addWorkingDays(addDays(last, -40), 1, calendar);
  const triagedOn = addWorkingDays(referredOn, 1, calendar);
  const askedOn = addWorkingDays(triagedOn, 1, calendar);
  const approvedOn = addWorkingDays(askedOn, 1, calendar);
  const assignedOn = addWorkingDays(approvedOn, 3, calendar);
  const firstSession = addWorkingDays(assignedOn, 4, calendar);
  const secondSession = addWorkingDays(firstSession, 10, calendar);
  const year = Number(referredOn.slice(0, 4));
  const number = formatCaseNumber(year, await nextCaseSequence(db, poolId, year));
  const c = await db
    .insertInto('mediation_case')
    .values({
      pool_id: poolId,
      number,
      requesting_municipality_id: westerveld,
      case_type: 'employment',
      title: DEMO_LENT_CASE_TITLE,
      description:
        'Demonstratiezaak: twee medewerkers van de gezamenlijke buitendienst (Westerveld en Meppel) en hun teamleider uit Steenwijkerland botsen over de roosters. Geen mediator van de eigen pool kwam in aanmerking; Noor de Wit van het Regionaal Mediatorsnetwerk is geleend.',
      status: 'in_progress',
      route: 'formal_mediation',
      referral_source: 'manager',
      preferred_language: 'nl',
      referrer_user_id: coordinator.id,
      referred_on: referredOn,
      first_contact_on: referredOn,
      assigned_on: assignedOn,
      first_contact_due_on: addWorkingDays(referredOn, 5, calendar),
      assignment_due_on: addWorkingDays(referredOn, 10, calendar),
      conclusion_due_on: addWorkingDays(referredOn, 60, calendar),
      created_at: at(referredOn, '09:00'),
      updated_at: at(firstSession, '15:00'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const party = (position: number, role: string, name: string, municipalityId: string) => ({
    pool_id: poolId,
    case_id: c.id,
    position,
    role,
    name,
    municipality_id: municipalityId,
    department: 'Buitendienst',
    email: null,
    informed: true,
  });
  await db
    .insertInto('case_party')
    .values([party(1, 'employee', 'Jeroen Westra', westerveld), party(2, 'employee', 'Fatma Yilmaz', meppel), party(3, 'manager', 'Gert Steenhuis', steenwijkerland)])
    .execute();
  await db.insertInto('case_triage').values({ pool_id: poolId, case_id: c.id, route: 'formal_mediation', reason: 'Alle drie willen praten; geen contra-indicaties.', decided_by: coordinator.id, decided_at: at(triagedOn, '10:00') }).execute();

  // The loan as approving it leaves it: Noor a mediator in Meppel with a profile copied from the network's.
  await db
    .insertInto('pool_membership')
    .values({ user_id: lender.userId, pool_id: poolId, roles: ['mediator'], municipality_id: lender.municipalityId })
    .onConflict((oc) => oc.columns(['user_id', 'pool_id']).doNothing())
    .execute();
  const profile =
    (await db.selectFrom('mediator_profile').select('id').where('pool_id', '=', poolId).where('user_id', '=', lender.userId).executeTakeFirst()) ??
    (await db
      .insertInto('mediator_profile')
      .values({
        pool_id: poolId,
        user_id: lender.userId,
        kind: noor.kind,
        status: 'active',
        status_since: approvedOn,
        specialisms: noor.specialisms,
        languages: noor.languages,
        mfn_register_number: noor.mfn_register_number,
        registration_expires_on: noor.registration_expires_on,
        max_concurrent_cases: noor.max_concurrent_cases,
        hours_per_month: noor.hours_per_month,
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  await db
    .insertInto('mediator_status_change')
    .values({ pool_id: poolId, mediator_id: profile.id, status: 'active', from_date: approvedOn, note: `Uitgeleend door het Regionaal Mediatorsnetwerk voor zaak ${number}`, changed_by: lender.approvedBy })
    .execute();
  await db
    .insertInto('mediator_loan')
    .values({
      pool_id: poolId,
      lender_pool_id: agreement.partner_pool_id,
      agreement_id: agreement.id,
      case_id: c.id,
      mediator_user_id: lender.userId,
      lender_profile_id: noor.id,
      borrower_profile_id: profile.id,
      status: 'approved',
      rate_cents: agreement.rate_cents,
      requested_by: coordinator.id,
      requested_at: at(askedOn, '11:00'),
      decided_by: lender.approvedBy,
      decided_at: at(approvedOn, '09:30'),
    })
    .execute();
  await db.insertInto('case_mediator').values({ case_id: c.id, mediator_id: profile.id, pool_id: poolId, role: 'lead', assigned_at: at(assignedOn, '12:00') }).execute();

  const hours = [
    { on: firstSession, minutes: 60, activity: 'intake' as const },
    { on: firstSession, minutes: 30, activity: 'preparation' as const },
    { on: secondSession, minutes: 120, activity: 'session' as const },
    { on: secondSession, minutes: 30, activity: 'preparation' as const },
  ];
  for (const on of [firstSession, secondSession]) {
    await db
      .insertInto('mediation_session')
      .values({ pool_id: poolId, case_id: c.id, starts_at: at(on, '12:00'), ends_at: at(on, '14:00'), location: 'Gemeentehuis Westerveld, spreekkamer 1', planned_by: lender.userId, created_at: at(assignedOn, '14:00'), updated_at: at(assignedOn, '14:00') })
      .execute();
  }
  for (const h of hours) {
    const period = periodContaining(kind, h.on);
    await db
      .insertInto('hour_entry')
      .values({
        pool_id: poolId,
        case_id: c.id,
        mediator_id: profile.id,
        supplier_municipality_id: lender.municipalityId,
        user_municipality_id: westerveld,
        work_date: h.on,
        minutes: h.minutes,
        activity: h.activity,
        status: 'approved',
        decided_by: coordinator.id,
        decided_at: at(h.on, '18:00'),
        period_code: periodCode(period),
        period_start: period.start,
        period_end: period.end,
        created_by: lender.userId,
      })
      .execute();
  }
  const event = demoEvent(poolId, c.id);
  await db
    .insertInto('case_event')
    .values([
      event(referredOn, '09:00', 'referral', null, 'registered'),
      event(referredOn, '09:01', 'transition', 'registered', 'triage'),
      event(triagedOn, '10:00', 'triage', 'triage', 'matching'),
      event(assignedOn, '11:00', 'transition', 'matching', 'proposed'),
      event(assignedOn, '12:00', 'transition', 'proposed', 'assigned'),
      event(firstSession, '14:00', 'transition', 'assigned', 'in_progress'),
    ])
    .execute();
}
