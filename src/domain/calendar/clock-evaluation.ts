import { clockState, workingDaysLeft, type ClockState } from './clock-state.js';
import { toDayNumber, type IsoDate } from './iso-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * One deadline of a case, judged on a day:
 * - completed (the milestone happened): `met` or `missed`, and the clock no longer has a state,
 *   so a late first contact does not keep the case red forever;
 * - ended (withdrawn, referred) before the milestone: `stopped`, or `missed` when it ended
 *   after the due day had already passed;
 * - otherwise `running`, with a state; `met` becomes false as soon as it is overdue.
 */
export type ClockStatus = 'running' | 'met' | 'missed' | 'stopped';

export interface ClockEvaluation {
  readonly dueOn: IsoDate;
  readonly completedOn: IsoDate | null;
  readonly status: ClockStatus;
  /** true/false once known, null while it can still go either way (or does not apply). */
  readonly met: boolean | null;
  /** Only for running clocks. */
  readonly state: ClockState | null;
  /** Only for running clocks: working days after today up to the due day (negative: overdue). */
  readonly workingDaysLeft: number | null;
}

export interface ClockInput {
  readonly dueOn: IsoDate;
  readonly completedOn?: IsoDate | null;
  readonly endedOn?: IsoDate | null;
  readonly today: IsoDate;
  readonly calendar: WorkingCalendar;
}

export function evaluateClock(input: ClockInput): ClockEvaluation {
  const due = toDayNumber(input.dueOn);
  const stopped = { state: null, workingDaysLeft: null } as const;
  if (input.completedOn) {
    const met = toDayNumber(input.completedOn) <= due;
    return { dueOn: input.dueOn, completedOn: input.completedOn, status: met ? 'met' : 'missed', met, ...stopped };
  }
  if (input.endedOn) {
    const missed = toDayNumber(input.endedOn) > due;
    return {
      dueOn: input.dueOn,
      completedOn: null,
      status: missed ? 'missed' : 'stopped',
      met: missed ? false : null,
      ...stopped,
    };
  }
  const state = clockState(input.dueOn, input.today, input.calendar);
  return {
    dueOn: input.dueOn,
    completedOn: null,
    status: 'running',
    met: state === 'overdue' ? false : null,
    state,
    workingDaysLeft: workingDaysLeft(input.dueOn, input.today, input.calendar),
  };
}
