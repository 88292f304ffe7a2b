import { evaluateClock, type ClockEvaluation } from './clock-evaluation.js';
import { worstClockState, type ClockState } from './clock-state.js';
import type { IsoDate } from './iso-date.js';
import { evaluateServiceNorms, type CaseMilestones, type NormEvaluation, type ServiceNorms } from './service-norms.js';
import type { WorkingCalendar } from './working-calendar.js';
import { workingDaysBetween } from './working-days.js';

/**
 * Every clock of one case, as the case detail and the coordinator dashboard show them.
 * The statutory deadline (e.g. the decision on an objection, from awb-objection.ts) is watched
 * until the mediation is concluded: what matters to the pool is finishing before it. Its
 * due-soon warning counts the pool's working days, because people have to act on it.
 */
export interface CaseClocksInput {
  readonly norms: ServiceNorms;
  readonly milestones: CaseMilestones;
  readonly statutoryDueOn?: IsoDate | null;
  readonly today: IsoDate;
  readonly calendar: WorkingCalendar;
}

export interface CaseClocks {
  /** Working days after the referral day up to and including today (0 on the referral day). */
  readonly workingDaysSinceReferral: number;
  readonly norms: readonly NormEvaluation[];
  readonly statutory: ClockEvaluation | null;
  /** Most urgent state over the running clocks; null when no clock runs. */
  readonly worstState: ClockState | null;
}

export function caseClocks(input: CaseClocksInput): CaseClocks {
  const { milestones, today, calendar } = input;
  const norms = evaluateServiceNorms(input.norms, milestones, today, calendar);
  const statutory = input.statutoryDueOn
    ? evaluateClock({
        dueOn: input.statutoryDueOn,
        completedOn: milestones.concludedOn ?? null,
        endedOn: milestones.endedOn ?? null,
        today,
        calendar,
      })
    : null;
  return {
    // A referral dated after today is bad data; counting negative days would only confuse.
    workingDaysSinceReferral: Math.max(0, workingDaysBetween(milestones.referredOn, today, calendar)),
    norms,
    statutory,
    worstState: worstClockState([...norms.map((n) => n.state), statutory?.state]),
  };
}
