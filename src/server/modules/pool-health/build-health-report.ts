import { daysBetween } from '../../../domain/calendar/iso-date.js';
import type { healthRows } from './repository.js';

type Rows = Awaited<ReturnType<typeof healthRows>>;

/**
 * The pool at a glance. Per current member municipality: mediators (kind `mediator`) active, in
 * training and dormant, active process facilitators, and the free capacity of its active people
 * who are not away today (maximum concurrent cases minus the cases they are on now; hours per
 * month). A municipality without an active mediator is flagged. Dormant mediators with their last
 * activity; registrations that expired or expire within 90 days (of mediators not inactive or left).
 */
export function buildHealthReport(rows: Rows, today: string) {
  const { members, mediators, expiryLimit } = rows;
  const municipalities = members.map((m) => {
    const own = mediators.filter((x) => x.municipality_id === m.id);
    const mediatorsOnly = own.filter((x) => x.kind === 'mediator');
    const activeAvailable = own.filter((x) => x.status === 'active' && !x.away_today);
    const active = mediatorsOnly.filter((x) => x.status === 'active').length;
    return {
      id: m.id,
      code: m.code,
      name: m.name,
      active,
      inTraining: mediatorsOnly.filter((x) => x.status === 'in_training').length,
      dormant: mediatorsOnly.filter((x) => x.status === 'dormant').length,
      activeProcessFacilitators: own.filter((x) => x.kind === 'process_facilitator' && x.status === 'active').length,
      awayToday: own.filter((x) => x.status === 'active' && x.away_today).length,
      freeCapacity: {
        cases: activeAvailable.reduce((s, x) => s + Math.max(0, x.max_concurrent_cases - Number(x.open_cases)), 0),
        hoursPerMonth: activeAvailable.reduce((s, x) => s + x.hours_per_month, 0),
      },
      withoutActiveMediator: active === 0,
    };
  });
  const ref = (x: Rows['mediators'][number]) => (x.municipality_id ? { id: x.municipality_id, code: x.municipality_code!, name: x.municipality_name! } : null);
  const sum = (k: 'active' | 'inTraining' | 'dormant' | 'activeProcessFacilitators') => municipalities.reduce((s, m) => s + m[k], 0);
  return {
    asOf: today,
    totals: {
      active: sum('active'),
      inTraining: sum('inTraining'),
      dormant: sum('dormant'),
      activeProcessFacilitators: sum('activeProcessFacilitators'),
      freeCases: municipalities.reduce((s, m) => s + m.freeCapacity.cases, 0),
    },
    municipalities,
    municipalitiesWithoutActiveMediator: municipalities.filter((m) => m.withoutActiveMediator).map((m) => ({ id: m.id, code: m.code, name: m.name })),
    dormantMediators: mediators
      .filter((x) => x.status === 'dormant')
      .map((x) => ({
        id: x.id,
        name: x.name,
        kind: x.kind,
        municipality: ref(x),
        dormantSince: x.status_since,
        lastActivityAt: x.last_activity_at ? new Date(x.last_activity_at).toISOString() : null,
        lastWakeUpAt: x.last_wake_up_at ? new Date(x.last_wake_up_at).toISOString() : null,
      })),
    expiringRegistrations: mediators
      .filter((x) => x.registration_expires_on !== null && x.registration_expires_on <= expiryLimit && x.status !== 'inactive' && x.status !== 'left')
      .sort((a, b) => (a.registration_expires_on! < b.registration_expires_on! ? -1 : 1))
      .map((x) => ({
        id: x.id,
        name: x.name,
        status: x.status,
        municipality: ref(x),
        registrationExpiresOn: x.registration_expires_on!,
        daysLeft: daysBetween(today, x.registration_expires_on!),
        expired: x.registration_expires_on! < today,
      })),
  };
}
