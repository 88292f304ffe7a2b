import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { addDays } from '../../../domain/calendar/iso-date.js';
import { CURRENT_MEDIATOR_SQL } from '../case-status/index.js';

/** Case statuses in which a mediator on the case is busy with it. */
export const BUSY_CASE_STATUSES = ['proposed', 'assigned', 'in_progress'] as const;
export const EXPIRY_WINDOW_DAYS = 90;

/** Current members with their mediators' statuses, capacity and whether they are away today. */
export async function healthRows(db: Kysely<DB>, poolId: string, today: string) {
  const members = await db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.code', 'm.name'])
    .where('pm.pool_id', '=', poolId)
    .where('pm.member_since', '<=', today)
    .where((eb) => eb.or([eb('pm.member_until', 'is', null), eb('pm.member_until', '>=', today)]))
    .orderBy('m.name')
    .execute();

  const mediators = await db
    .selectFrom('mediator_profile as mp')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .leftJoin('municipality as m', (join) => join.on(sql<boolean>`m.id = coalesce(u.municipality_id, i.municipality_id)`))
    .select([
      'mp.id',
      'mp.kind',
      'mp.status',
      'mp.status_since',
      'mp.max_concurrent_cases',
      'mp.hours_per_month',
      'mp.registration_expires_on',
      'm.id as municipality_id',
      'm.code as municipality_code',
      'm.name as municipality_name',
      sql<string>`coalesce(u.name, i.name)`.as('name'),
      // Latest of: recorded activity and being put on a case.
      sql<Date | null>`greatest(mp.last_activity_at, (SELECT max(cm.assigned_at) FROM case_mediator cm WHERE cm.mediator_id = mp.id))`.as('last_activity_at'),
      // Counted as matching counts a mediator's load (load-matching-inputs.ts): running
      // assignments plus open proposals, which reserve the capacity until they are answered.
      sql<number>`(SELECT count(*) FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
        WHERE cm.mediator_id = mp.id AND ${CURRENT_MEDIATOR_SQL} AND c.status IN ('assigned', 'in_progress'))
        + (SELECT count(*) FROM proposal_mediator pm JOIN case_proposal p ON p.id = pm.proposal_id JOIN mediation_case c ON c.id = p.case_id
        WHERE pm.mediator_id = mp.id AND p.status = 'open' AND c.status = 'proposed' AND pm.answer IS DISTINCT FROM 'declined')`.as('open_cases'),
      sql<boolean>`EXISTS (SELECT 1 FROM mediator_unavailability a WHERE a.mediator_id = mp.id AND a.starts_on <= ${today} AND a.ends_on >= ${today})`.as('away_today'),
      sql<Date | null>`(SELECT max(w.sent_at) FROM mediator_wake_up w WHERE w.mediator_id = mp.id)`.as('last_wake_up_at'),
    ])
    .where('mp.pool_id', '=', poolId)
    .orderBy(sql`coalesce(u.name, i.name)`)
    .execute();

  return { members, mediators, expiryLimit: addDays(today, EXPIRY_WINDOW_DAYS) };
}

const selectWakeUps = (db: Kysely<DB>, poolId: string, mediatorId: string) =>
  db
    .selectFrom('mediator_wake_up as w')
    .leftJoin('app_user as u', 'u.id', 'w.sent_by')
    .select(['w.id', 'w.sent_at', 'w.message', 'u.name as sent_by_name'])
    .where('w.pool_id', '=', poolId)
    .where('w.mediator_id', '=', mediatorId);

export type WakeUpRow = Awaited<ReturnType<ReturnType<typeof selectWakeUps>['execute']>>[number];

/** The wake-up mails sent to a mediator, newest first. */
export const listWakeUps = (db: Kysely<DB>, poolId: string, mediatorId: string) => selectWakeUps(db, poolId, mediatorId).orderBy('w.sent_at', 'desc').execute();

export const findWakeUp = (db: Kysely<DB>, poolId: string, mediatorId: string, wakeUpId: string) =>
  selectWakeUps(db, poolId, mediatorId).where('w.id', '=', wakeUpId).executeTakeFirst();

/** The mediator to wake, locked, with what the mail says about them. */
export const lockWakeUpTarget = (trx: Kysely<DB>, poolId: string, mediatorId: string) =>
  trx
    .selectFrom('mediator_profile as mp')
    .innerJoin('pool as p', 'p.id', 'mp.pool_id')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .leftJoin('municipality as m', (join) => join.on(sql<boolean>`m.id = coalesce(u.municipality_id, i.municipality_id)`))
    .select([
      'mp.id',
      'mp.status',
      'mp.last_activity_at',
      'p.name as pool_name',
      'm.name as municipality_name',
      sql<string>`coalesce(u.name, i.name)`.as('name'),
      sql<string>`coalesce(u.email, i.email)`.as('email'),
    ])
    .where('mp.id', '=', mediatorId)
    .where('mp.pool_id', '=', poolId)
    .forUpdate(['mp'])
    .executeTakeFirst();

/** A wake-up mail sent to the mediator after `since`, if any. */
export const wakeUpSince = (trx: Kysely<DB>, mediatorId: string, since: Date) =>
  trx.selectFrom('mediator_wake_up').select('sent_at').where('mediator_id', '=', mediatorId).where('sent_at', '>', since).executeTakeFirst();

export const insertWakeUp = (trx: Kysely<DB>, row: { pool_id: string; mediator_id: string; sent_by: string; mail_id: string; message: string | null }) =>
  trx.insertInto('mediator_wake_up').values(row).returningAll().executeTakeFirstOrThrow();
