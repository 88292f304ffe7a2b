import { ApiError } from '../../api/problem.js';
import type { Locale } from '../../i18n/i18n.js';
import type { Messages } from '../../i18n/nl.js';

/**
 * The server explains case problems in Dutch. In English the shared error texts cover only the
 * general problems, so this swaps in the case module's own English for the ones it names before
 * the error reaches a form or an alert. Dutch keeps the server's words.
 */
export function localiseCaseError(error: unknown, t: Messages, locale: Locale): unknown {
  if (locale === 'nl' || !(error instanceof ApiError)) return error;
  const { problems, fieldProblems } = t.cases;
  return new ApiError(error.status, {
    type: `urn:mediatorpool:problem:${error.slug}`,
    title: error.title,
    ...(problems[error.slug] ?? error.detail ? { detail: problems[error.slug] ?? error.detail } : {}),
    invalidParams: error.invalidParams.map((p) => ({ ...p, reason: fieldProblems[p.code] ?? p.reason })),
    ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
    ...(error.requestId !== undefined ? { requestId: error.requestId } : {}),
  });
}

export const isStatusConflict = (error: unknown): boolean => error instanceof ApiError && error.status === 409;

export const isNotFound = (error: unknown): boolean =>
  // An address with a malformed id is as unknown as one with an id that does not exist.
  error instanceof ApiError && (error.status === 404 || (error.status === 400 && error.slug === 'invalid-input'));

