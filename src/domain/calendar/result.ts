/**
 * How pure domain functions report expected failures: a value, never an exception, so the
 * server can turn each `code` into a 409/422 problem and the web app into a field message.
 * Exceptions (DomainError) are kept for input the caller should have validated already,
 * such as a malformed date string handed to date arithmetic.
 */
export interface DomainIssue<C extends string = string> {
  /** Stable machine code, snake_case; what tests and the server switch on. */
  readonly code: C;
  /** Dutch sentence for the user. */
  readonly message: string;
  /** Name of the input field the issue is about, when there is one. */
  readonly field?: string;
}

export type Result<T, E extends DomainIssue = DomainIssue> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const fail = <E extends DomainIssue>(error: E): { readonly ok: false; readonly error: E } => ({
  ok: false,
  error,
});
