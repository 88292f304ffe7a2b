import type { Activity, HourEntry, LogHoursInput } from '../../api/hours.js';
import { minutesToInput, parseDuration, type DurationProblem } from './duration.js';

/** What the hour fields hold while the user types: text as typed, parsed only on saving. */
export interface HourValues {
  date: string;
  time: string;
  activity: Activity;
  km: string;
  note: string;
}

export type HourField = 'date' | 'minutes' | 'activity' | 'travelKm' | 'note';
export type HourProblem = 'dateRequired' | DurationProblem | 'kmFormat';

/**
 * The element ids of the hour fields in one form. The keys are the API's field names, so a
 * server answer about `minutes` lands on the time field.
 */
export const hourFieldIds = <P extends string>(prefix: P) =>
  ({
    date: `${prefix}-date`,
    minutes: `${prefix}-time`,
    activity: `${prefix}-activity`,
    travelKm: `${prefix}-km`,
    note: `${prefix}-note`,
  }) as const;

/** The fields filled from a stored entry, for changing it. */
export const hourValuesOf = (entry: HourEntry): HourValues => ({
  date: entry.date,
  time: minutesToInput(entry.minutes),
  activity: entry.activity,
  km: entry.travelKm === null ? '' : String(entry.travelKm),
  note: entry.note ?? '',
});

/** The typed values as the API takes them, or what is wrong with them per field (catalogue keys). */
export function parseHourValues(values: HourValues): { input: Required<LogHoursInput> } | { problems: Partial<Record<HourField, HourProblem>> } {
  const problems: Partial<Record<HourField, HourProblem>> = {};
  if (!values.date) problems.date = 'dateRequired';
  const duration = parseDuration(values.time);
  if ('problem' in duration) problems.minutes = duration.problem;
  const km = values.km.trim();
  if (km && !/^\d{1,4}$/.test(km)) problems.travelKm = 'kmFormat';
  if (Object.keys(problems).length > 0 || 'problem' in duration) return { problems };
  return { input: { date: values.date, minutes: duration.minutes, activity: values.activity, travelKm: km ? Number(km) : null, note: values.note.trim() || null } };
}

/** The problems in the user's language, for the fields and the error summary. */
export function hourProblemMessages(problems: Partial<Record<HourField, HourProblem>>, messages: Record<HourProblem, string>): Partial<Record<HourField, string>> {
  const out: Partial<Record<HourField, string>> = {};
  for (const [field, problem] of Object.entries(problems) as [HourField, HourProblem][]) out[field] = messages[problem];
  return out;
}
