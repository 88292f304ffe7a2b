import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { poolCalendar, poolHolidayKeys, type WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import type { ServiceNorms } from '../../../domain/calendar/service-norms.js';
import { isoDateInZone, type IsoDate } from '../../../domain/calendar/iso-date.js';

export interface PoolClockSettings {
  calendar: WorkingCalendar;
  norms: ServiceNorms;
}

/**
 * The pool's working calendar (public holidays, without Good Friday or 5 May when the pool works
 * on them, plus its own days off) and its service norms. Statutory terms never use it.
 */
export async function loadPoolClockSettings(db: Kysely<DB>, poolId: string): Promise<PoolClockSettings> {
  // One statement: the settings (a pool may have no row yet: the defaults below) and its days off as text.
  const settings = await db
    .selectFrom('pool as p')
    .leftJoin('pool_settings as s', 's.pool_id', 'p.id')
    .select((eb) => [
      's.norm_first_contact_days',
      's.norm_assignment_days',
      's.norm_conclusion_days',
      's.good_friday_day_off',
      's.liberation_day_day_off',
      sql<string[]>`array(${eb.selectFrom('pool_day_off as d').select(sql<string>`d.date::text`.as('d')).whereRef('d.pool_id', '=', 'p.id').orderBy('d.date')})`.as('days_off'),
    ])
    .where('p.id', '=', poolId)
    .executeTakeFirst();
  return {
    calendar: poolCalendar(
      (settings?.days_off ?? []) as IsoDate[],
      poolHolidayKeys({ goodFriday: settings?.good_friday_day_off ?? true, liberationDay: settings?.liberation_day_day_off ?? true }),
    ),
    norms: {
      first_contact: settings?.norm_first_contact_days ?? 5,
      assignment: settings?.norm_assignment_days ?? 10,
      conclusion: settings?.norm_conclusion_days ?? 60,
    },
  };
}

/** Today as the pool sees it: the calendar date in Europe/Amsterdam. */
export const todayInAmsterdam = (): IsoDate => isoDateInZone(new Date());
