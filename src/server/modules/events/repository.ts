import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';

/** All of the events module's SQL. */

export const insertEvent = (trx: Kysely<DB>, row: Insertable<DB['community_event']>) =>
  trx.insertInto('community_event').values(row).returning('id').executeTakeFirstOrThrow();

export const findEvent = (db: Kysely<DB>, poolId: string, eventId: string) =>
  db
    .selectFrom('community_event as e')
    .innerJoin('app_user as o', 'o.id', 'e.organiser_id')
    .selectAll('e')
    .select('o.name as organiser_name')
    .where('e.id', '=', eventId)
    .where('e.pool_id', '=', poolId)
    .executeTakeFirst();
export type EventRow = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

/** The event row locked for the rest of the transaction: registrations and cancellations of one event take turns. */
export const lockEvent = (trx: Kysely<DB>, poolId: string, eventId: string) =>
  trx.selectFrom('community_event').select(['id', 'capacity']).where('id', '=', eventId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();

/** Guarded: only an event not cancelled, and as it was read (the same `updated_at`, to the millisecond as read), is changed. */
export const updateEventRow = (trx: Kysely<DB>, eventId: string, readAt: Date, values: Updateable<DB['community_event']>) =>
  trx
    .updateTable('community_event')
    .set(values)
    .where('id', '=', eventId)
    .where('cancelled_at', 'is', null)
    .where(sql<Date>`date_trunc('milliseconds', updated_at)`, '=', readAt)
    .returning('id')
    .executeTakeFirst();

/** Guarded: an event is cancelled once. */
export const cancelEventRow = (trx: Kysely<DB>, eventId: string, by: string, reason: string | null, now: Date) =>
  trx
    .updateTable('community_event')
    .set({ cancelled_at: now, cancelled_by: by, cancel_reason: reason, updated_at: now })
    .where('id', '=', eventId)
    .where('cancelled_at', 'is', null)
    .returning('id')
    .executeTakeFirst();

/** Everyone with a place or on the waiting list, with their address: whom a change or cancellation is mailed to. */
export const activeRegistrants = (trx: Kysely<DB>, eventId: string) =>
  trx
    .selectFrom('event_registration as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.status', 'u.name', 'u.email'])
    .where('r.event_id', '=', eventId)
    .where('r.status', 'in', ['registered', 'waiting'])
    .orderBy('r.queued_at')
    .orderBy('r.id')
    .execute();

/** The pool's events starting from `from` (upcoming, soonest first) or before it (past, latest first). */
export const selectEvents = (db: Kysely<DB>, poolId: string, when: 'upcoming' | 'past', now: Date) => {
  let q = db
    .selectFrom('community_event as e')
    .innerJoin('app_user as o', 'o.id', 'e.organiser_id')
    .selectAll('e')
    .select('o.name as organiser_name')
    .where('e.pool_id', '=', poolId);
  // Cancelled events stay on the agenda, marked as such, so those who had registered see it.
  q = when === 'upcoming' ? q.where('e.ends_at', '>=', now).orderBy('e.starts_at', 'asc') : q.where('e.ends_at', '<', now).orderBy('e.starts_at', 'desc');
  return q.orderBy('e.id').limit(100).execute();
};

/** Places taken and the waiting list's length per event. */
export async function countsFor(db: Kysely<DB>, eventIds: string[]) {
  const counts = new Map<string, { taken: number; waiting: number }>();
  if (eventIds.length === 0) return counts;
  const rows = await db
    .selectFrom('event_registration')
    .select(['event_id', sql<number>`count(*) FILTER (WHERE status = 'registered')::int`.as('taken'), sql<number>`count(*) FILTER (WHERE status = 'waiting')::int`.as('waiting')])
    .where('event_id', 'in', eventIds)
    .groupBy('event_id')
    .execute();
  for (const r of rows) counts.set(r.event_id, { taken: r.taken, waiting: r.waiting });
  return counts;
}

export const countTaken = async (trx: Kysely<DB>, eventId: string) =>
  (await trx.selectFrom('event_registration').select(sql<number>`count(*)::int`.as('n')).where('event_id', '=', eventId).where('status', '=', 'registered').executeTakeFirstOrThrow()).n;

/** The actor's own registrations for these events, with whether they have evaluated. */
export const ownRegistrations = (db: Kysely<DB>, userId: string, eventIds: string[]) =>
  eventIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('event_registration as r')
        .select(['r.id', 'r.event_id', 'r.status', 'r.queued_at', 'r.attended'])
        .select((eb) => eb.exists(eb.selectFrom('event_evaluation_given as g').select('g.event_id').whereRef('g.event_id', '=', 'r.event_id').where('g.user_id', '=', userId)).as('evaluated'))
        .where('r.user_id', '=', userId)
        .where('r.event_id', 'in', eventIds)
        .execute();

/** The place on the waiting list: 1 + those waiting since before (ties by id). */
export const waitingPosition = async (db: Kysely<DB>, eventId: string, queuedAt: Date, id: string) =>
  1 +
  (
    await db
      .selectFrom('event_registration')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('event_id', '=', eventId)
      .where('status', '=', 'waiting')
      .where((eb) => eb.or([eb('queued_at', '<', queuedAt), eb.and([eb('queued_at', '=', queuedAt), eb('id', '<', id)])]))
      .executeTakeFirstOrThrow()
  ).n;

export const findRegistration = (db: Kysely<DB>, poolId: string, eventId: string, registrationId: string) =>
  db
    .selectFrom('event_registration as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .selectAll('r')
    .select(['u.name', 'u.email'])
    .where('r.id', '=', registrationId)
    .where('r.event_id', '=', eventId)
    .where('r.pool_id', '=', poolId)
    .executeTakeFirst();

export const findRegistrationOf = (trx: Kysely<DB>, eventId: string, userId: string) =>
  trx.selectFrom('event_registration').selectAll().where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();

export const insertRegistration = (trx: Kysely<DB>, row: Insertable<DB['event_registration']>) =>
  trx.insertInto('event_registration').values(row).returning(['id', 'status', 'queued_at']).executeTakeFirstOrThrow();

/** A cancelled registration registers again: at the end of the queue. */
export const reopenRegistration = (trx: Kysely<DB>, id: string, status: 'registered' | 'waiting', now: Date) =>
  trx
    .updateTable('event_registration')
    .set({ status, queued_at: now, placed_at: status === 'registered' ? now : null, cancelled_at: null, attended: null, attendance_recorded_at: null, attendance_recorded_by: null })
    .where('id', '=', id)
    .where('status', '=', 'cancelled')
    .returning(['id', 'status', 'queued_at'])
    .executeTakeFirst();

/** Guarded: only an active registration is cancelled; returns its former status. */
export const cancelRegistrationRow = (trx: Kysely<DB>, id: string, from: 'registered' | 'waiting', now: Date) =>
  trx.updateTable('event_registration').set({ status: 'cancelled', cancelled_at: now }).where('id', '=', id).where('status', '=', from).returning('id').executeTakeFirst();

/** The first `n` on the waiting list move up to a place, oldest first. */
export async function moveUpWaiting(trx: Kysely<DB>, eventId: string, n: number, now: Date) {
  if (n <= 0) return [];
  const first = await trx.selectFrom('event_registration').select('id').where('event_id', '=', eventId).where('status', '=', 'waiting').orderBy('queued_at').orderBy('id').limit(n).execute();
  if (first.length === 0) return [];
  return trx
    .updateTable('event_registration as r')
    .from('app_user as u')
    .set({ status: 'registered', placed_at: now })
    .whereRef('u.id', '=', 'r.user_id')
    .where('r.id', 'in', first.map((f) => f.id))
    .where('r.status', '=', 'waiting')
    .returning(['r.id', 'r.user_id', 'u.name', 'u.email'])
    .execute();
}

export const setAttendance = (trx: Kysely<DB>, id: string, attended: boolean, by: string, now: Date) =>
  trx
    .updateTable('event_registration')
    .set({ attended, attendance_recorded_by: by, attendance_recorded_at: now })
    .where('id', '=', id)
    .where('status', '=', 'registered')
    .returning('id')
    .executeTakeFirst();

/** Everyone registered or waiting (or cancelled) for an event, for the organiser. */
export const selectRegistrations = (db: Kysely<DB>, eventId: string) =>
  db
    .selectFrom('event_registration as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .leftJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select(['r.id', 'r.user_id', 'r.status', 'r.queued_at', 'r.attended', 'u.name', 'm.name as municipality'])
    .where('r.event_id', '=', eventId)
    .orderBy(sql`CASE r.status WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END`)
    .orderBy('r.queued_at')
    .orderBy('r.id')
    .execute();

export const mediatorOfUser = (db: Kysely<DB>, poolId: string, userId: string) =>
  db.selectFrom('mediator_profile').select('id').where('pool_id', '=', poolId).where('user_id', '=', userId).executeTakeFirst();

export const markEvaluationGiven = (trx: Kysely<DB>, eventId: string, userId: string) =>
  trx.insertInto('event_evaluation_given').values({ event_id: eventId, user_id: userId }).onConflict((oc) => oc.doNothing()).returning('event_id').executeTakeFirst();

export const insertEvaluationAnswer = (trx: Kysely<DB>, row: Insertable<DB['event_evaluation_answer']>) => trx.insertInto('event_evaluation_answer').values(row).execute();

export const selectEvaluationAnswers = (db: Kysely<DB>, eventId: string) =>
  db.selectFrom('event_evaluation_answer').select(['overall', 'usefulness', 'comment']).where('event_id', '=', eventId).execute();

/** The trainings a user attended (for the registry's path). */
export const selectAttendedEvents = (db: Kysely<DB>, poolId: string, userId: string) =>
  db
    .selectFrom('event_registration as r')
    .innerJoin('community_event as e', 'e.id', 'r.event_id')
    .select(['e.id', 'e.title', 'e.kind', 'e.starts_at', 'e.points'])
    .where('r.pool_id', '=', poolId)
    .where('r.user_id', '=', userId)
    .where('r.attended', '=', true)
    .orderBy('e.starts_at', 'desc')
    .execute();

/** The pool's accounts by e-mail address (the demo seed finds its people by them). */
export const poolUsers = (db: Kysely<DB>, poolId: string) => db.selectFrom('app_user').select(['id', 'email']).where('pool_id', '=', poolId).execute();

/**
 * The start page's coming events: the pool's events that go ahead and start between now and
 * `until`, with the actor's own registration (if any) and whether a place is still free. Count and
 * the first `limit`, soonest first.
 */
export function upcomingEventsFor(db: Kysely<DB>, poolId: string, userId: string, now: Date, until: Date, limit: number) {
  const base = db
    .selectFrom('community_event as e')
    .where('e.pool_id', '=', poolId)
    .where('e.cancelled_at', 'is', null)
    .where('e.starts_at', '>=', now)
    .where('e.starts_at', '<', until);
  return Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .leftJoin('event_registration as r', (j) => j.onRef('r.event_id', '=', 'e.id').on('r.user_id', '=', userId))
      .select(['e.id', 'e.title', 'e.kind', 'e.starts_at', 'e.capacity', 'r.status as my_status'])
      .select(sql<number>`(SELECT count(*)::int FROM event_registration x WHERE x.event_id = e.id AND x.status = 'registered')`.as('taken'))
      .orderBy('e.starts_at')
      .orderBy('e.id')
      .limit(limit)
      .execute(),
  ]);
}
