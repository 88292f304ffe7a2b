import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, type IsoDate } from '../../../domain/calendar/iso-date.js';
import { addWorkingDays } from '../../../domain/calendar/working-days.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';
import { claimCaseNumber, firstCoordinator, insertDemoCase, insertDemoCaseEvent, insertDemoEngagement, insertDemoParties, insertDemoTriage, insertExternalCost, memberNamed } from './repository/index.js';

/**
 * One demo case on the external route: a resident's complaint about Meppel, where the parties
 * asked for a mediator from outside the pool. Matching engaged an external mediator at an agreed
 * rate and two of her declarations are on record, so the case page and the external-cost overview
 * show something real. Nothing happens when the pool has no coordinator or no Meppel.
 */
export async function seedDemoExternalEngagement(db: Kysely<DB>, poolId: string, opts: { today?: IsoDate } = {}): Promise<void> {
  const today = opts.today ?? todayInAmsterdam();
  const { calendar } = await loadPoolClockSettings(db, poolId);
  const coordinator = await firstCoordinator(db, poolId);
  const meppel = await memberNamed(db, poolId, 'Meppel');
  if (!coordinator || !meppel) return;

  const referredOn = addWorkingDays(addDays(today, -57), 1, calendar);
  const triagedOn = addWorkingDays(referredOn, 2, calendar);
  const assignedOn = addWorkingDays(referredOn, 9, calendar);
  const startedOn = addWorkingDays(assignedOn, 3, calendar);
  const year = Number(referredOn.slice(0, 4));
  const caseNumber = await claimCaseNumber(db, poolId, year);
  const at = (d: IsoDate, time = '12:00') => new Date(`${d}T${time}:00Z`);

  const caseId = await insertDemoCase(db, {
    pool_id: poolId,
    number: formatCaseNumber(year, caseNumber),
    requesting_municipality_id: meppel.id,
    case_type: 'citizen_government',
    title: 'Klacht van een inwoner over de afhandeling van een vergunning',
    description: 'De inwoner wilde een mediator van buiten de gemeenten; de pool zette een externe mediator in.',
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
  });
  await insertDemoParties(db, [
    { pool_id: poolId, case_id: caseId, position: 1, role: 'citizen', name: 'Bert Lubbers', municipality_id: null, informed: true },
    { pool_id: poolId, case_id: caseId, position: 2, role: 'employee', name: 'Monique Eleveld', municipality_id: meppel.id, department: 'Vergunningen', informed: true },
  ]);
  await insertDemoTriage(db, { case_id: caseId, pool_id: poolId, route: 'external_mediator', reason: 'De inwoner wil een mediator van buiten de gemeenten.', decided_by: coordinator.id, decided_at: at(triagedOn, '10:00') });
  const engagement = await insertDemoEngagement(db, {
    pool_id: poolId,
    case_id: caseId,
    name: 'mr. Femke Wiersma',
    organisation: 'Wiersma Mediation Drenthe',
    mfn_number: 'MfN-20417',
    agreed_rate_cents: 13500,
    chosen_by: 'parties',
    reason: 'De inwoner wilde een mediator die bij geen van de gemeenten werkt.',
    status: 'assigned',
    created_by: coordinator.id,
    created_at: at(addWorkingDays(triagedOn, 2, calendar)),
    assigned_at: at(assignedOn),
  });
  const declarations: [IsoDate, number, string][] = [
    [addWorkingDays(startedOn, 10, calendar), 210, 'Factuur 2026-031: intake en eerste gesprek'],
    [addWorkingDays(startedOn, 25, calendar), 150, 'Factuur 2026-038: tweede gesprek'],
  ];
  for (const [declaredOn, minutes, note] of declarations.filter(([d]) => d <= today)) {
    await insertExternalCost(db, {
      pool_id: poolId,
      case_id: caseId,
      external_assignment_id: engagement.id,
      external_name: engagement.name,
      organisation: engagement.organisation,
      hourly_rate_cents: engagement.agreed_rate_cents,
      minutes,
      declared_on: declaredOn,
      note,
      created_by: coordinator.id,
      created_at: at(declaredOn, '15:00'),
    });
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
    await insertDemoCaseEvent(db, { pool_id: poolId, case_id: caseId, at: at(on), actor_user_id: null, actor_label: 'demo', kind, from_status: from, to_status: to, detail: '{}' });
  }
}
