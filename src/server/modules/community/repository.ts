import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** All SQL of the community module (intervision groups, meetings, attendance). */

/** The pool's mediators and process facilitators with an account who can take part (not left or inactive). */
export function findCandidates(db: Kysely<DB>, poolId: string, ids?: readonly string[]) {
  let q = db
    .selectFrom('mediator_profile as mp')
    .innerJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select(['mp.id', 'mp.kind', 'mp.user_id', 'u.name', 'u.email', 'u.active', 'm.name as municipality'])
    .where('mp.pool_id', '=', poolId)
    .where('mp.status', 'not in', ['left', 'inactive'])
    .where('u.active', '=', true);
  if (ids) {
    if (ids.length === 0) return Promise.resolve([]);
    q = q.where('mp.id', 'in', [...ids]);
  }
  return q.orderBy('u.name').orderBy('mp.id').execute();
}

export const findProfileOfUser = (db: Kysely<DB>, poolId: string, userId: string) =>
  db.selectFrom('mediator_profile').select('id').where('pool_id', '=', poolId).where('user_id', '=', userId).executeTakeFirst();

export const insertGroup = (trx: Kysely<DB>, row: Insertable<DB['intervision_group']>) => trx.insertInto('intervision_group').values(row).returning('id').executeTakeFirstOrThrow();

export async function insertMembers(trx: Kysely<DB>, groupId: string, mediatorIds: readonly string[]) {
  await trx.insertInto('intervision_member').values(mediatorIds.map((mediator_id) => ({ group_id: groupId, mediator_id }))).execute();
}

export const groupNameTaken = async (db: Kysely<DB>, poolId: string, name: string) =>
  (await db.selectFrom('intervision_group').select('id').where('pool_id', '=', poolId).where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase())).executeTakeFirst()) !== undefined;

export const findGroup = (db: Kysely<DB>, poolId: string, groupId: string) =>
  db.selectFrom('intervision_group').selectAll().where('pool_id', '=', poolId).where('id', '=', groupId).executeTakeFirst();

/** The group's members with name, kind and municipality (also those who have since left the pool). */
export const findMembers = (db: Kysely<DB>, groupIds: readonly string[]) =>
  groupIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('intervision_member as im')
        .innerJoin('mediator_profile as mp', 'mp.id', 'im.mediator_id')
        .leftJoin('app_user as u', 'u.id', 'mp.user_id')
        .leftJoin('municipality as m', 'm.id', 'u.municipality_id')
        .select(['im.group_id', 'mp.id', 'mp.kind', 'mp.user_id', 'u.name', 'u.email', 'u.active', 'm.name as municipality'])
        .where('im.group_id', 'in', [...groupIds])
        .orderBy('u.name')
        .execute();

/** The groups a coordinator sees (all of the pool) or a mediator's own (member or facilitator). */
export function findGroups(db: Kysely<DB>, poolId: string, onlyOfProfile: string | null | 'all') {
  let q = db.selectFrom('intervision_group as g').innerJoin('mediator_profile as fp', 'fp.id', 'g.facilitator_id').leftJoin('app_user as fu', 'fu.id', 'fp.user_id').selectAll('g').select('fu.name as facilitator_name').where('g.pool_id', '=', poolId);
  if (onlyOfProfile !== 'all') {
    if (onlyOfProfile === null) return Promise.resolve([]);
    q = q.where((eb) => eb.or([eb('g.facilitator_id', '=', onlyOfProfile), eb.exists(eb.selectFrom('intervision_member as im').select('im.group_id').whereRef('im.group_id', '=', 'g.id').where('im.mediator_id', '=', onlyOfProfile))]));
  }
  return q.orderBy('g.name').orderBy('g.id').execute();
}

export const insertMeeting = (trx: Kysely<DB>, row: Insertable<DB['intervision_meeting']>) => trx.insertInto('intervision_meeting').values(row).returning('id').executeTakeFirstOrThrow();

export const findMeetings = (db: Kysely<DB>, groupIds: readonly string[]) =>
  groupIds.length === 0 ? Promise.resolve([]) : db.selectFrom('intervision_meeting').selectAll().where('group_id', 'in', [...groupIds]).orderBy('created_at', 'desc').execute();

export function findMeeting(db: Kysely<DB>, poolId: string, meetingId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('intervision_meeting').selectAll().where('pool_id', '=', poolId).where('id', '=', meetingId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export const findAttendance = (db: Kysely<DB>, meetingIds: readonly string[]) =>
  meetingIds.length === 0 ? Promise.resolve([]) : db.selectFrom('intervision_attendance').select(['meeting_id', 'mediator_id', 'points']).where('meeting_id', 'in', [...meetingIds]).execute();

export async function insertAttendance(trx: Kysely<DB>, meetingId: string, mediatorId: string, points: number) {
  await trx.insertInto('intervision_attendance').values({ meeting_id: meetingId, mediator_id: mediatorId, points }).execute();
}

export async function deleteAttendance(trx: Kysely<DB>, meetingId: string, mediatorId: string) {
  await trx.deleteFrom('intervision_attendance').where('meeting_id', '=', meetingId).where('mediator_id', '=', mediatorId).execute();
}

export async function markAttendanceRecorded(trx: Kysely<DB>, meetingId: string, userId: string) {
  await trx.updateTable('intervision_meeting').set({ attendance_recorded_at: new Date(), attendance_recorded_by: userId }).where('id', '=', meetingId).execute();
}

export const pointsPerHour = async (db: Kysely<DB>, poolId: string) =>
  Number((await db.selectFrom('pool_settings').select('intervision_points_per_hour').where('pool_id', '=', poolId).executeTakeFirst())?.intervision_points_per_hour ?? 1);

/**
 * The start page's intervision meetings: meetings of the groups this mediator profile belongs to
 * or facilitates whose date is fixed between `from` and `until`. Count and the first `limit`,
 * soonest first.
 */
export function upcomingMeetingsOf(db: Kysely<DB>, poolId: string, profileId: string, from: Date, until: Date, limit: number) {
  const base = db
    .selectFrom('intervision_meeting as m')
    .innerJoin('intervision_group as g', 'g.id', 'm.group_id')
    .innerJoin('date_poll as p', 'p.id', 'm.poll_id')
    .innerJoin('date_poll_slot as s', 's.id', 'p.fixed_slot_id')
    .where('m.pool_id', '=', poolId)
    .where('p.status', '=', 'fixed')
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', until)
    .where((eb) => eb.or([eb('g.facilitator_id', '=', profileId), eb.exists(eb.selectFrom('intervision_member as im').select('im.group_id').whereRef('im.group_id', '=', 'g.id').where('im.mediator_id', '=', profileId))]));
  return Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.select(['m.id', 'm.group_id', 'm.method', 'g.name', 's.starts_at']).orderBy('s.starts_at').orderBy('m.id').limit(limit).execute(),
  ]);
}
