import { evaluateClock, type ClockEvaluation } from './clock-evaluation.js';
import { DomainError } from './domain-error.js';
import type { IsoDate } from './iso-date.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingDays } from './working-days.js';

/**
 * A pool's service norms: working days from referral to first contact, to assignment and to
 * conclusion (pool settings). Each is due addWorkingDays(referral, norm) on the pool's calendar,
 * i.e. the referral day itself never counts. A norm left empty in the settings is not judged.
 */
export const SERVICE_NORM_KEYS = ['first_contact', 'assignment', 'conclusion'] as const;
export type ServiceNormKey = (typeof SERVICE_NORM_KEYS)[number];

export const SERVICE_NORM_LABELS: Readonly<Record<ServiceNormKey, string>> = {
  first_contact: 'Aanmelding tot eerste contact',
  assignment: 'Aanmelding tot toewijzing',
  conclusion: 'Aanmelding tot afronding',
};

/** Upper bound for settings forms: four years of working days is no service norm. */
export const MAX_NORM_WORKING_DAYS = 1000;

export type ServiceNorms = Readonly<Partial<Record<ServiceNormKey, number | null>>>;

export const isValidNormDays = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_NORM_WORKING_DAYS;

export interface CaseMilestones {
  readonly referredOn: IsoDate;
  readonly firstContactOn?: IsoDate | null;
  readonly assignedOn?: IsoDate | null;
  readonly concludedOn?: IsoDate | null;
  /** The day the case left the lifecycle without its remaining milestones (withdrawn, referred). */
  readonly endedOn?: IsoDate | null;
}

export interface NormEvaluation extends ClockEvaluation {
  readonly key: ServiceNormKey;
  readonly label: string;
  readonly workingDays: number;
}

const MILESTONE: Readonly<Record<ServiceNormKey, keyof CaseMilestones>> = {
  first_contact: 'firstContactOn',
  assignment: 'assignedOn',
  conclusion: 'concludedOn',
};

export function evaluateServiceNorms(
  norms: ServiceNorms,
  milestones: CaseMilestones,
  today: IsoDate,
  calendar: WorkingCalendar,
): readonly NormEvaluation[] {
  const out: NormEvaluation[] = [];
  for (const key of SERVICE_NORM_KEYS) {
    const days = norms[key];
    if (days === undefined || days === null) continue;
    if (!isValidNormDays(days)) {
      throw new DomainError('invalid_norm', `Ongeldige norm voor ${SERVICE_NORM_LABELS[key]}: ${days}.`, key);
    }
    const clock = evaluateClock({
      dueOn: addWorkingDays(milestones.referredOn, days, calendar),
      completedOn: milestones[MILESTONE[key]] ?? null,
      endedOn: milestones.endedOn ?? null,
      today,
      calendar,
    });
    out.push({ key, label: SERVICE_NORM_LABELS[key], workingDays: days, ...clock });
  }
  return out;
}
