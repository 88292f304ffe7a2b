import { addDays, addYears, daysBetween } from '../calendar/iso-date.js';
import { CYCLE_YEARS } from './requirements.js';

/**
 * The running three-year cycle. Its anchor is, in this order: the cycle start recorded in the
 * profile; the registration expiry date minus three years (MfN registrations run for three years,
 * so the cycle ends when the registration does); otherwise the three years ending today (`rolling`:
 * the state then says whether the mediator would pass if the cycle ended today).
 * A cycle is [start, end): `end` is the first day of the next cycle.
 */
export interface UpkeepCycle {
  start: string;
  end: string;
  basis: 'cycle_start' | 'registration' | 'rolling';
}

export function resolveCycle(today: string, cycleStart: string | null, registrationExpiresOn: string | null): UpkeepCycle {
  const anchor = cycleStart ?? (registrationExpiresOn ? addYears(registrationExpiresOn, -CYCLE_YEARS) : null);
  if (!anchor) {
    const end = addDays(today, 1);
    return { start: addYears(end, -CYCLE_YEARS), end, basis: 'rolling' };
  }
  // Count whole cycles from the anchor (not step by step, so 29 February does not drift).
  let k = Math.floor(daysBetween(anchor, today) / (365.25 * CYCLE_YEARS));
  while (today < addYears(anchor, CYCLE_YEARS * k)) k--;
  while (today >= addYears(anchor, CYCLE_YEARS * (k + 1))) k++;
  return {
    start: addYears(anchor, CYCLE_YEARS * k),
    end: addYears(anchor, CYCLE_YEARS * (k + 1)),
    basis: cycleStart ? 'cycle_start' : 'registration',
  };
}

/** The cycle's years, each [start, end). */
export function cycleYears(cycle: UpkeepCycle): { index: number; start: string; end: string }[] {
  return Array.from({ length: CYCLE_YEARS }, (_, i) => ({
    index: i + 1,
    start: addYears(cycle.start, i),
    end: i === CYCLE_YEARS - 1 ? cycle.end : addYears(cycle.start, i + 1),
  }));
}
