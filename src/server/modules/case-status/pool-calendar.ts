import type { Kysely } from 'kysely';
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
  const [settings, daysOff] = await Promise.all([
    db.selectFrom('pool_settings').selectAll().where('pool_id', '=', poolId).executeTakeFirst(),
    db.selectFrom('pool_day_off').select('date').where('pool_id', '=', poolId).execute(),
  ]);
  return {
    calendar: poolCalendar(
      daysOff.map((d) => d.date as IsoDate),
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
