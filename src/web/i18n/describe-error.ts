import { ApiError, type InvalidParam } from '../api/problem.js';
import type { Messages } from './nl.js';
import type { Locale } from './i18n.js';

/**
 * The sentence to show for a failed call. The server writes Dutch; in English the app uses its
 * own text for the problems it knows and falls back to the server's words otherwise.
 */
export function describeError(error: unknown, t: Messages, locale: Locale): string {
  if (!(error instanceof ApiError)) return t.common.unexpectedError;
  if (error.status === 0) return t.common.networkError;
  if (locale !== 'nl') {
    const own = t.problems[error.slug];
    if (own) return own;
  }
  return error.detail ?? error.title ?? t.common.unexpectedError;
}

/** The sentence for one invalid field. */
export function describeInvalidParam(param: InvalidParam, t: Messages, locale: Locale): string {
  if (locale !== 'nl') return t.fieldProblems[param.code] ?? param.reason;
  return param.reason;
}
