/**
 * Errors as RFC 9457 problem details. Handlers throw a ProblemError; the error handler turns it
 * into `application/problem+json`. Titles and details are Dutch: they reach the pool's users.
 */
export interface InvalidParam {
  /** JSON pointer-ish path of the field, e.g. `email` or `parties/0/role`. */
  name: string;
  /** Machine-readable reason code, stable across languages. */
  code: string;
  /** Dutch explanation for the user. */
  reason: string;
}

export const PROBLEM_TYPE_PREFIX = 'urn:mediatorpool:problem:';

export class ProblemError extends Error {
  constructor(
    public readonly status: number,
    public readonly slug: string,
    public readonly title: string,
    public readonly detail?: string,
    public readonly invalidParams?: InvalidParam[],
    public readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, invalidParams?: InvalidParam[]) =>
  new ProblemError(400, 'invalid-input', 'De invoer is niet geldig.', detail, invalidParams);

export const invalidField = (name: string, code: string, reason: string) =>
  badRequest('Een of meer velden zijn niet goed ingevuld.', [{ name, code, reason }]);

export const unauthorized = (detail = 'Log in om verder te gaan.') =>
  new ProblemError(401, 'unauthorized', 'Niet ingelogd.', detail);

export const forbidden = (detail = 'U heeft geen toestemming voor deze handeling.') =>
  new ProblemError(403, 'forbidden', 'Geen toestemming.', detail);

/** One answer for "does not exist" and "not yours", so nobody learns what exists. */
export const notFound = (detail = 'Dit bestaat niet, of u heeft er geen toegang toe.') =>
  new ProblemError(404, 'not-found', 'Niet gevonden.', detail);

export const conflict = (detail: string, slug = 'conflict', extra?: Record<string, unknown>) =>
  new ProblemError(409, slug, 'Dit kan nu niet.', detail, undefined, extra);

export const tooManyRequests = (detail: string, retryAfterSeconds: number, slug = 'too-many-requests') =>
  new ProblemError(429, slug, 'Te veel pogingen.', detail, undefined, { retryAfter: retryAfterSeconds });
