import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, type IsoDate } from '../../../domain/calendar/iso-date.js';
import { addWorkingDays } from '../../../domain/calendar/working-days.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';

/**
 * One demo case on the external route: a resident's complaint about Meppel, where the parties
 * asked for a mediator from outside the pool. Matching engaged an external mediator at an agreed
 * rate and two of her declarations are on record, so the case page and the external-cost overview
 * show something real. Nothing happens when the pool has no coordinator or no Meppel.
 */
export async function seedDemoExternalEngagement(db: Kysely<DB>, poolId: string, opts: { today?: IsoDate } = {}): Promise<void> {
  const today = opts.today ?? todayInAmsterdam();
  const { calendar } = await loadPoolClockSettings(db, poolId);
  const coordinator = await db.selectFrom('app_user').select('id').where('pool_id', '=', poolId).where(sql<boolean>`'coordinator' = ANY(roles)`).orderBy('created_at').executeTakeFirst();
  const meppel = await db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select('m.id')
    .where('pm.pool_id', '=', poolId)
    .where('m.name', '=', 'Meppel')
    .executeTakeFirst();
  if (!coordinator || !meppel) return;

  const referredOn = addWorkingDays(addDays(today, -57), 1, calendar);
  const triagedOn = addWorkingDays(referredOn, 2, calendar);
  const assignedOn = addWorkingDays(referredOn, 9, calendar);
  const startedOn = addWorkingDays(assignedOn, 3, calendar);
  const year = Number(referredOn.slice(0, 4));
  const counter = await db
    .insertInto('case_number_counter')
    .values({ pool_id: poolId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`case_number_counter.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  const at = (d: IsoDate, time = '12:00') => new Date(`${d}T${time}:00Z`);

  const c = await db
    .insertInto('mediation_case')
    .values({
      pool_id: poolId,
      number: formatCaseNumber(year, counter.last_number),
      requesting_municipality_id: meppel.id,
      case_type: 'citizen_government',
      title: 'Klacht van een inwoner over de afhandeling van een vergunning',
      description: 'Demonstratiezaak: de inwoner wilde een mediator van buiten de gemeenten; de pool zette een externe mediator in.',
      status: 'in_progress',
      route: 'external_mediator',
      referral_source: 'complaints_officer',
      wants_external_mediator: true,
      referrer_user_id: coordinator.id,
      referred_on: referredOn,
      first_contact_on: addWorkingDays(referredOn, 1, calendar),
      assigned_on: assignedOn,
      first_contact_due_on: addWorkingDays(referredOn, 5, calendar),
      assignment_due_on: addWorkingDays(referredOn, 10, calendar),
      conclusion_due_on: addWorkingDays(referredOn, 60, calendar),
      created_at: at(referredOn, '09:00'),
      updated_at: at(startedOn),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('case_party')
    .values([
      { pool_id: poolId, case_id: c.id, position: 1, role: 'citizen', name: 'Inwoner (demo)', municipality_id: null, informed: true },
      { pool_id: poolId, case_id: c.id, position: 2, role: 'employee', name: 'Vergunningverlener (demo)', municipality_id: meppel.id, department: 'Vergunningen', informed: true },
    ])
    .execute();
  await db
    .insertInto('case_triage')
    .values({ case_id: c.id, pool_id: poolId, route: 'external_mediator', reason: 'De inwoner wil een mediator van buiten de gemeenten.', decided_by: coordinator.id, decided_at: at(triagedOn, '10:00') })
    .execute();
  const engagement = await db
    .insertInto('external_mediator_assignment')
    .values({
      pool_id: poolId,
      case_id: c.id,
      name: 'mr. F. (Femke) Onafhankelijk',
      organisation: 'Onafhankelijk Mediation Drenthe',
      mfn_number: 'MfN-20417',
      agreed_rate_cents: 13500,
      chosen_by: 'parties',
      reason: 'De inwoner wilde een mediator die bij geen van de gemeenten werkt.',
      status: 'assigned',
      created_by: coordinator.id,
      created_at: at(addWorkingDays(triagedOn, 2, calendar)),
      assigned_at: at(assignedOn),
    })
    .returning(['id', 'name', 'organisation', 'agreed_rate_cents'])
    .executeTakeFirstOrThrow();
  const declarations: [IsoDate, number, string][] = [
    [addWorkingDays(startedOn, 10, calendar), 210, 'Factuur 2026-031: intake en eerste gesprek'],
    [addWorkingDays(startedOn, 25, calendar), 150, 'Factuur 2026-038: tweede gesprek'],
  ];
  for (const [declaredOn, minutes, note] of declarations.filter(([d]) => d <= today)) {
    await db
      .insertInto('external_mediator_cost')
      .values({
        pool_id: poolId,
        case_id: c.id,
        external_assignment_id: engagement.id,
        external_name: engagement.name,
        organisation: engagement.organisation,
        hourly_rate_cents: engagement.agreed_rate_cents,
        minutes,
        declared_on: declaredOn,
        note,
        created_by: coordinator.id,
        created_at: at(declaredOn, '15:00'),
      })
      .execute();
  }
  const events: [IsoDate, string, string | null, string | null][] = [
    [referredOn, 'referral', null, 'registered'],
    [referredOn, 'transition', 'registered', 'triage'],
    [triagedOn, 'triage', 'triage', 'matching'],
    [assignedOn, 'transition', 'matching', 'proposed'],
    [assignedOn, 'transition', 'proposed', 'assigned'],
    [startedOn, 'transition', 'assigned', 'in_progress'],
  ];
  for (const [on, kind, from, to] of events) {
    await db
      .insertInto('case_event')
      .values({ pool_id: poolId, case_id: c.id, at: at(on), actor_user_id: null, actor_label: 'demo', kind, from_status: from, to_status: to, detail: '{}' })
      .execute();
  }
}
