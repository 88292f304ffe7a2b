import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { fromAmsterdamLocal } from '../../../domain/ical/index.js';
import { addDays, todayInAmsterdam } from '../../../domain/calendar/iso-date.js';
import { seedDemoPoll } from '../polls/index.js';
import { findCandidates, insertGroup, insertMeeting, insertMembers } from './repository.js';

const DEMO_GROUP_EMAILS = ['mediator', 'jeroen.smit', 'sanne.visser', 'lotte.hoekstra', 'karel.mulder'].map((n) => `${n}@mediatorpool.example`);

/**
 * The demo pool's intervision group (five mediators, each from another municipality, Jeroen Smit
 * facilitating) with an open date poll for its next meeting: three slots, three members have
 * answered, the demo mediator Ingrid Bakker has not (her start page lists it), and the coordinator
 * sees the best slot and can fix it. Needs the demo registry and the coordinator account.
 */
export async function seedDemoIntervision(db: Kysely<DB>, poolId: string) {
  const organiser = await db.selectFrom('app_user').select('id').where('pool_id', '=', poolId).where('email', '=', 'coordinator@mediatorpool.example').executeTakeFirst();
  const people = (await findCandidates(db, poolId)).filter((c) => DEMO_GROUP_EMAILS.includes(c.email));
  if (!organiser || people.length < 4) return;
  const facilitator = people.find((p) => p.email.startsWith('jeroen.')) ?? people[0]!;
  const { id: groupId } = await insertGroup(db, { pool_id: poolId, name: 'Intervisiegroep Noord', facilitator_id: facilitator.id, meetings_per_year: 4, created_by: organiser.id });
  await insertMembers(db, groupId, people.map((p) => p.id));
  const today = todayInAmsterdam();
  const slot = (days: number, start: string, end: string) => {
    const date = addDays(today, days);
    const from = fromAmsterdamLocal(date, start);
    const to = fromAmsterdamLocal(date, end);
    if (!from.ok || !to.ok) throw new Error('demo slot');
    return { startsAt: from.instant, endsAt: to.instant };
  };
  const answered = people.filter((p) => !p.email.startsWith('mediator@'));
  const patterns: ('yes' | 'maybe' | 'no')[][] = [
    ['yes', 'yes', 'no'],
    ['no', 'yes', 'maybe'],
    ['yes', 'maybe', 'yes'],
  ];
  const pollId = await seedDemoPoll(db, {
    poolId,
    organiserId: organiser.id,
    title: 'Intervisie Intervisiegroep Noord (incidentmethode)',
    location: 'Stadhuis Meppel, kamer 2.14',
    slots: [slot(24, '13:30', '16:00'), slot(31, '13:30', '16:00'), slot(38, '09:30', '12:00')],
    invitees: people.flatMap((p) => (p.user_id ? [p.user_id] : [])),
    answers: Object.fromEntries(answered.slice(0, 3).flatMap((p, i) => (p.user_id ? [[p.user_id, patterns[i]!]] : []))),
  });
  await insertMeeting(db, { pool_id: poolId, group_id: groupId, method: 'incident', poll_id: pollId });
}
