import type { DomainIssue, Result } from './result.js';

/**
 * Thrown for programming errors in calls to the domain (a malformed date, a negative count),
 * and by `unwrap` for callers that prefer an exception over a Result. Carries the same
 * `code`/`field` as a DomainIssue so one handler can map both.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly field: string | undefined;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }

  static from(issue: DomainIssue): DomainError {
    return new DomainError(issue.code, issue.message, issue.field);
  }
}

/** The value of an ok result; throws the failure as a DomainError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw DomainError.from(result.error);
}
