import { toDayNumber, type IsoDate } from './iso-date.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingDaysBetween } from './working-days.js';

/**
 * The traffic light of one running clock. The due day itself is still on time to act, so a
 * clock is overdue only from the next calendar day; it is due soon when at most
 * DUE_SOON_WORKING_DAYS working days are left (counted after today, up to and including the
 * due day), which includes the due day itself (0 left).
 */
export const CLOCK_STATES = ['on_time', 'due_soon', 'overdue'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export const CLOCK_STATE_LABELS: Readonly<Record<ClockState, string>> = {
  on_time: 'Op tijd',
  due_soon: 'Bijna verlopen',
  overdue: 'Verlopen',
};

export const DUE_SOON_WORKING_DAYS = 2;

export const isClockState = (v: unknown): v is ClockState =>
  typeof v === 'string' && (CLOCK_STATES as readonly string[]).includes(v);

/** Working days after today up to and including the due day; negative once overdue. */
export function workingDaysLeft(dueOn: IsoDate, today: IsoDate, calendar: WorkingCalendar): number {
  return workingDaysBetween(today, dueOn, calendar);
}

export function clockState(dueOn: IsoDate, today: IsoDate, calendar: WorkingCalendar): ClockState {
  if (toDayNumber(today) > toDayNumber(dueOn)) return 'overdue';
  return workingDaysLeft(dueOn, today, calendar) <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_time';
}

const SEVERITY: Readonly<Record<ClockState, number>> = { on_time: 0, due_soon: 1, overdue: 2 };

/** The most urgent of some clocks; null (stopped clocks) is ignored; null when none runs. */
export function worstClockState(states: Iterable<ClockState | null | undefined>): ClockState | null {
  let worst: ClockState | null = null;
  for (const s of states) {
    if (s && (worst === null || SEVERITY[s] > SEVERITY[worst])) worst = s;
  }
  return worst;
}
