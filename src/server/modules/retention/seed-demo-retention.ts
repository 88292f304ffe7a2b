import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { demoCaseExists, demoFacts, insertOldDemoCase } from './repository/demo.js';

/** The demo's old case: referred on in 2019, so its file is past the default term and the first destruction list has something on it. */
export const DEMO_OLD_CASE = { number: formatCaseNumber(2019, 1), parties: ['Joke Hendriks', 'Peter van Leeuwen'] } as const;

/**
 * One neighbours' case of the pool's first municipality, referred in March 2019 and sent on to
 * neighbourhood mediation two days later, without hours (so no report or settlement of the demo year changes with it). With
 * the default term (60 months) the monthly job, or a coordinator on "Vernietigingslijsten",
 * proposes its destruction at once. Nothing happens when it exists or the pool lacks a coordinator.
 */
export async function seedDemoRetention(db: Kysely<DB>, poolId: string): Promise<void> {
  if (await demoCaseExists(db, poolId, DEMO_OLD_CASE.number)) return;
  const { coordinator, municipality } = await demoFacts(db, poolId);
  if (!coordinator || !municipality) return;
  const at = (d: string) => new Date(`${d}T10:00:00Z`);
  const event = (on: string, kind: string, from: string | null, to: string | null) => ({ pool_id: poolId, at: at(on), actor_user_id: null, actor_label: 'demo', kind, from_status: from, to_status: to, detail: '{}' });
  await insertOldDemoCase(db, {
    case: {
      pool_id: poolId,
      number: DEMO_OLD_CASE.number,
      requesting_municipality_id: municipality.id,
      case_type: 'neighbours',
      title: 'Geluidsoverlast tussen buren (demo: oud dossier)',
      description: `Demonstratiezaak uit 2019: ${DEMO_OLD_CASE.parties[0]} en ${DEMO_OLD_CASE.parties[1]} kregen ruzie over geluidsoverlast. De bewaartermijn is voorbij.`,
      status: 'referred',
      route: 'refer_elsewhere',
      referred_to: 'Buurtbemiddeling',
      referral_source: 'party',
      referrer_user_id: coordinator.id,
      referred_on: '2019-03-04',
      first_contact_on: '2019-03-05',
      closed_on: '2019-03-06',
      first_contact_due_on: '2019-03-11',
      assignment_due_on: '2019-03-18',
      conclusion_due_on: '2019-05-31',
      created_at: at('2019-03-04'),
      updated_at: at('2019-03-06'),
    },
    parties: [
      { pool_id: poolId, position: 1, role: 'neighbour', name: DEMO_OLD_CASE.parties[0], email: 'joke.hendriks@example.org', phone: '0522 123 456', informed: true },
      { pool_id: poolId, position: 2, role: 'neighbour', name: DEMO_OLD_CASE.parties[1], informed: true },
    ],
    triage: { pool_id: poolId, route: 'refer_elsewhere', reason: 'Past beter bij buurtbemiddeling.', destination: 'Buurtbemiddeling', decided_by: coordinator.id, decided_at: at('2019-03-06') },
    events: [event('2019-03-04', 'referral', null, 'registered'), event('2019-03-04', 'transition', 'registered', 'triage'), event('2019-03-06', 'triage', 'triage', 'referred')],
  });
}
