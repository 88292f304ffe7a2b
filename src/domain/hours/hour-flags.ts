import { isWeekend, type IsoDate } from '../calendar/iso-date.js';
import { outsideAssignment, type AssignmentWindow } from '../cases/assignment-window.js';

/**
 * What a coordinator should look at twice before approving an entry:
 * - `outside-assignment`: the work date lies before the mediator's assignment or after the case
 *   was closed or the mediator released (logging refuses this today, but older entries, edits
 *   before the rule, or a release after logging can leave such entries in the queue);
 * - `longer-than-session`: a session entry with more minutes than the sessions planned on that
 *   case that day last together (only when such a session exists: hours are not linked to one
 *   session, so the case and the day link them);
 * - `weekend`: the work date is a Saturday or Sunday.
 * Corrections carry no flags: they are booked today for earlier work.
 */
export const HOUR_FLAGS = ['outside-assignment', 'longer-than-session', 'weekend'] as const;
export type HourFlag = (typeof HOUR_FLAGS)[number];

export interface HourFlagFacts {
  date: IsoDate;
  minutes: number;
  activity: string;
  /** A correction of other hours. */
  correction: boolean;
  /** The mediator's (last) assignment on the case, with its end when they were released; null when there never was one. */
  assignment: AssignmentWindow | null;
  /** Minutes of the non-cancelled sessions of the case on that day; null when there is none. */
  sessionMinutes: number | null;
}

export function hourFlags(f: HourFlagFacts): HourFlag[] {
  if (f.correction) return [];
  const flags: HourFlag[] = [];
  if (f.assignment === null || outsideAssignment(f.date, f.assignment) !== null) flags.push('outside-assignment');
  if (f.activity === 'session' && f.sessionMinutes !== null && f.minutes > f.sessionMinutes) flags.push('longer-than-session');
  if (isWeekend(f.date)) flags.push('weekend');
  return flags;
}
