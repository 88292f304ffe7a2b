import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays, isoDateInZone, todayInAmsterdam } from '../../../domain/calendar/iso-date.js';
import { educationKindOf } from '../../../domain/community-events/places.js';
import { recordEarnedPoints } from '../registry/index.js';
import { EVENT_SOURCE } from './commands/record-attendance.js';
import { insertEvaluationAnswer, insertEvent, insertRegistration, markEvaluationGiven, mediatorOfUser, poolUsers, setAttendance } from './repository.js';

const at = (date: string, utc: string) => new Date(`${date}T${utc}:00Z`);

/**
 * The demo pool's agenda: an upcoming masterclass that is full (three places taken), so the demo
 * mediator Ingrid Bakker lands on the waiting list when she registers and moves up when someone
 * cancels; an online intervision day with places; and a past training with attendance recorded
 * for six mediators (points in upkeep without manual entry) and five anonymous evaluations, so the organiser sees the
 * result. Needs the demo registry (its mediators) and the coordinator account.
 */
export async function seedDemoEvents(db: Kysely<DB>, poolId: string) {
  const users = await poolUsers(db, poolId);
  const byEmail = (email: string) => users.find((u) => u.email === email)?.id;
  const organiser = byEmail('coordinator@mediatorpool.example');
  if (!organiser) return;
  const people = ['jeroen.smit', 'sanne.visser', 'lotte.hoekstra', 'karel.mulder', 'henk.dewit', 'mediator'].map((n) => byEmail(`${n}@mediatorpool.example`));
  const [jeroen, sanne, lotte, karel, henk, ingrid] = people;
  const today = todayInAmsterdam();

  const masterclass = await insertEvent(db, {
    pool_id: poolId,
    kind: 'masterclass',
    title: 'Masterclass gespreksvaardigheden: doorvragen zonder te sturen',
    description: 'Een middag oefenen met acteurs: doorvragen, samenvatten en stiltes laten vallen. Met een trainer van buiten de pool.',
    starts_at: at(addDays(today, 21), '12:30'),
    ends_at: at(addDays(today, 21), '16:30'),
    location: 'Stadhuis Meppel, Raadzaal',
    capacity: 3,
    points: 4,
    organiser_id: organiser,
  });
  let minute = 0;
  const queued = () => new Date(Date.now() - 7 * 24 * 3600_000 + minute++ * 60_000);
  for (const u of [jeroen, sanne, lotte]) {
    if (u) await insertRegistration(db, { pool_id: poolId, event_id: masterclass.id, user_id: u, status: 'registered', queued_at: queued(), placed_at: new Date() });
  }

  const day = await insertEvent(db, {
    pool_id: poolId,
    kind: 'intervision_day',
    title: 'Intervisiedag regio Meppel: de incidentmethode',
    starts_at: at(addDays(today, 45), '08:30'),
    ends_at: at(addDays(today, 45), '15:00'),
    online_url: 'https://meet.example.org/intervisiedag-meppel',
    capacity: 20,
    points: 5,
    organiser_id: organiser,
  });
  if (karel) await insertRegistration(db, { pool_id: poolId, event_id: day.id, user_id: karel, status: 'registered', queued_at: queued(), placed_at: new Date() });

  const pastDate = addDays(today, -40);
  const training = await insertEvent(db, {
    pool_id: poolId,
    kind: 'training',
    title: 'Training omgaan met emoties in het mediationgesprek',
    starts_at: at(pastDate, '08:00'),
    ends_at: at(pastDate, '15:00'),
    location: 'Gemeentehuis Steenwijkerland, zaal De Kop',
    capacity: 10,
    points: 6,
    organiser_id: organiser,
  });
  const attendance: [string | undefined, boolean][] = [[ingrid, true], [jeroen, true], [sanne, true], [lotte, true], [henk, true], [karel, true]];
  for (const [u, attended] of attendance) {
    if (!u) continue;
    const reg = await insertRegistration(db, { pool_id: poolId, event_id: training.id, user_id: u, status: 'registered', queued_at: new Date(at(pastDate, '08:00').getTime() - 20 * 24 * 3600_000), placed_at: new Date() });
    await setAttendance(db, reg.id, attended, organiser, at(pastDate, '15:30'));
    const mediator = attended ? await mediatorOfUser(db, poolId, u) : undefined;
    if (mediator) {
      await recordEarnedPoints(db, {
        poolId,
        mediatorId: mediator.id,
        points: 6,
        educationKind: educationKindOf('training'),
        occurredOn: isoDateInZone(at(pastDate, '08:00')),
        description: 'Training omgaan met emoties in het mediationgesprek',
        sourceType: EVENT_SOURCE,
        sourceId: training.id,
        createdBy: organiser,
      });
    }
  }
  // Five anonymous answers (Ingrid's is left open, so she can try the form).
  const answers: [string | undefined, number, number, string | null][] = [
    [jeroen, 5, 4, 'De oefeningen met de acteur waren heel leerzaam.'],
    [sanne, 4, 5, null],
    [lotte, 4, 4, 'Graag een vervolg over boosheid aan tafel.'],
    [henk, 5, 4, null],
    [karel, 3, 3, null],
  ];
  for (const [u, overall, usefulness, comment] of answers) {
    if (!u) continue;
    await markEvaluationGiven(db, training.id, u);
    await insertEvaluationAnswer(db, { pool_id: poolId, event_id: training.id, overall, usefulness, comment });
  }
}
