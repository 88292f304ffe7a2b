import { ApiError } from '../../api/problem.js';
import { describeError, describeInvalidParam } from '../../i18n/describe-error.js';
import type { Locale } from '../../i18n/i18n.js';
import type { Messages } from '../../i18n/nl.js';

/**
 * A failed matching call in words, with every reason the server gave: a 409 on a proposal lists
 * each hard rule the mediator breaks (e.g. "Vol: 3 van 3 zaken") as invalidParams.
 */
export function describeMatchingError(error: unknown, t: Messages, locale: Locale): string {
  const main = describeError(error, t, locale);
  if (!(error instanceof ApiError) || error.invalidParams.length === 0) return main;
  const reasons = error.invalidParams.map((p) => describeInvalidParam(p, t, locale)).filter((r) => r && !main.includes(r));
  return reasons.length > 0 ? `${main} ${reasons.join('; ')}.` : main;
}
