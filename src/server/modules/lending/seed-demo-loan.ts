// policy: the system (the demo seed, before anyone signs in)
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, type IsoDate } from '../../../domain/calendar/iso-date.js';
import { addWorkingDays } from '../../../domain/calendar/working-days.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';

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
  if (!coordinator || !meppel || !steenwijkerland || !westerveld) return;

  const { calendar } = await loadPoolClockSettings(db, poolId);
  const referredOn = addWorkingDays(addDays(today, -6), 1, calendar);
  const triagedOn = addWorkingDays(referredOn, 1, calendar);
  const at = (d: IsoDate, time: string) => new Date(`${d}T${time}:00Z`);
  const year = Number(referredOn.slice(0, 4));
  const counter = await db
    .insertInto('case_number_counter')
    .values({ pool_id: poolId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`case_number_counter.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  const c = await db
    .insertInto('mediation_case')
    .values({
      pool_id: poolId,
      number: formatCaseNumber(year, counter.last_number),
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
  const event = (on: IsoDate, time: string, kind: string, from: string | null, to: string | null) => ({
    pool_id: poolId,
    case_id: c.id,
    at: at(on, time),
    actor_user_id: null,
    actor_label: 'demo',
    kind,
    from_status: from,
    to_status: to,
    detail: '{}',
  });
  await db
    .insertInto('case_event')
    .values([event(referredOn, '09:00', 'referral', null, 'registered'), event(referredOn, '09:01', 'transition', 'registered', 'triage'), event(triagedOn, '10:00', 'triage', 'triage', 'matching')])
    .execute();
}
