import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, type IsoDate } from '../../../domain/calendar/iso-date.js';
import { addWorkingDays } from '../../../domain/calendar/working-days.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';
import { claimDemoCaseNumber, demoCaseExists, demoDisclosureFacts, insertDisclosureDemoCase } from './repository/demo-disclosure.js';

/** The party with whom the demo mediator Ingrid Bakker registered a relationship (registry seed). */
export const DEMO_RELATED_PARTY = 'Ruud Kampen';

/** The two demo cases, in `matching`, for the scenario of a disclosed relationship (MfN 2.3). */
export const DEMO_DISCLOSURE_CASES = [
  {
    title: 'Arbeidsconflict bij Publiekszaken (demo: relatie melden, iedereen accepteert)',
    employee: { name: 'Marieke Dijkstra', email: 'marieke.dijkstra@example.org' },
  },
  {
    title: 'Tweede arbeidsconflict bij Publiekszaken (demo: relatie melden, een partij weigert)',
    employee: { name: 'Youssef Amrani', email: 'youssef.amrani@example.org' },
  },
] as const;

/**
 * Two employment cases of Meppel waiting in `matching`, each with an employee (with an e-mail
 * address: she answers by her personal link) and the manager Ruud Kampen (no e-mail address: the
 * coordinator records his written answer). Ingrid Bakker, the demo mediator (from Steenwijkerland,
 * with the employment specialism), registered a relationship with him, so the candidate list
 * shows her with "Relatie melden": the coordinator proposes her with a
 * disclosure, Ingrid accepts, and the parties accept (the case is assigned) or one refuses (she
 * is excluded for that case). Nothing happens without a coordinator or Meppel, or when the cases
 * exist already.
 */
export async function seedDemoDisclosureCases(db: Kysely<DB>, poolId: string, opts: { today?: IsoDate } = {}): Promise<void> {
  const today = opts.today ?? todayInAmsterdam();
  const { calendar } = await loadPoolClockSettings(db, poolId);
  const { coordinator, meppel } = await demoDisclosureFacts(db, poolId);
  if (!coordinator || !meppel) return;
  // Referred about a week ago, triaged the next working day: both in the past whatever today is.
  const referredOn = addWorkingDays(addDays(today, -8), 1, calendar);
  const triagedOn = addWorkingDays(referredOn, 1, calendar);
  const at = (d: IsoDate, time: string) => new Date(`${d}T${time}:00Z`);
  const year = Number(referredOn.slice(0, 4));
  for (const demo of DEMO_DISCLOSURE_CASES) {
    if (await demoCaseExists(db, poolId, demo.title)) continue;
    const number = formatCaseNumber(year, await claimDemoCaseNumber(db, poolId, year));
    const event = (on: IsoDate, time: string, kind: string, from: string | null, to: string | null) => ({
      pool_id: poolId,
      at: at(on, time),
      actor_user_id: null,
      actor_label: 'demo',
      kind,
      from_status: from,
      to_status: to,
      detail: '{}',
    });
    await insertDisclosureDemoCase(db, {
      case: {
        pool_id: poolId,
        number,
        requesting_municipality_id: meppel.id,
        case_type: 'employment',
        title: demo.title,
        description: `Demonstratiezaak: ${demo.employee.name} en leidinggevende ${DEMO_RELATED_PARTY} werken sinds een reorganisatie niet meer goed samen. De mediator die in aanmerking komt, kent ${DEMO_RELATED_PARTY}.`,
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
      },
      parties: [
        { pool_id: poolId, position: 1, role: 'employee', name: demo.employee.name, municipality_id: meppel.id, department: 'Publiekszaken', email: demo.employee.email, informed: true },
        { pool_id: poolId, position: 2, role: 'manager', name: DEMO_RELATED_PARTY, municipality_id: meppel.id, department: 'Publiekszaken', email: null, informed: true },
      ],
      triage: { pool_id: poolId, route: 'formal_mediation', reason: 'Beide partijen willen praten; geen contra-indicaties.', decided_by: coordinator.id, decided_at: at(triagedOn, '10:00') },
      events: [
        event(referredOn, '09:00', 'referral', null, 'registered'),
        event(referredOn, '09:01', 'transition', 'registered', 'triage'),
        event(triagedOn, '10:00', 'triage', 'triage', 'matching'),
      ],
    });
  }
}
