import { ApiError, type InvalidParam } from '../api/problem.js';
import type { CoreMessages } from './nl.js';
import type { Locale } from './i18n.js';

/**
 * The sentence to show for a failed call. The server writes Dutch; in English the app uses its
 * own text for the problems it knows and falls back to the server's words otherwise.
 */
export function describeError(error: unknown, t: CoreMessages, locale: Locale): string {
  if (!(error instanceof ApiError)) return t.common.unexpectedError;
  if (error.status === 0) return t.common.networkError;
  if (locale !== 'nl') {
    const own = t.problems[error.slug];
    if (own) return own;
  }
  return error.detail ?? error.title ?? t.common.unexpectedError;
}

/** The sentence for one invalid field. */
export function describeInvalidParam(param: InvalidParam, t: CoreMessages, locale: Locale): string {
  if (locale !== 'nl') return t.fieldProblems[param.code] ?? param.reason;
  return param.reason;
}

/**
 * The server's reasons per field, each on the form field it names (`fieldOf` maps the API's name,
 * e.g. `declaration/noInterestInOutcome`, to the form's; null when the form has no such field).
 * The first reason per field lands there; the others (for no field, or a second one for the same
 * field) come back in `rest`.
 */
export function assignInvalidParams<F extends string>(
  params: readonly InvalidParam[],
  fieldOf: (name: string) => F | null | undefined,
  t: CoreMessages,
  locale: Locale,
): { fields: Partial<Record<F, string>>; rest: string[] } {
  const fields: Partial<Record<F, string>> = {};
  const rest: string[] = [];
  for (const p of params) {
    const text = describeInvalidParam(p, t, locale);
    const field = fieldOf(p.name);
    if (field && !fields[field]) fields[field] = text;
    else rest.push(text);
  }
  return { fields, rest };
}
