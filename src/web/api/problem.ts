import type { Static } from 'typebox';
import type { ProblemSchema } from '../../contract/common.js';

/** A failed API call, parsed from the server's application/problem+json answer (RFC 9457). */
type Problem = Static<typeof ProblemSchema>;

/** One field's reason in a 400 answer. */
export type InvalidParam = NonNullable<Problem['invalidParams']>[number];

const TYPE_PREFIX = 'urn:mediatorpool:problem:';

/** What arrives may be partial (a proxy's error page, a network failure): every field is optional. */
type ProblemBody = Partial<Problem>;

export class ApiError extends Error {
  readonly status: number;
  /** The stable part of the problem type, e.g. `invalid-credentials`; `network` when the server was not reached. */
  readonly slug: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly invalidParams: InvalidParam[];
  readonly retryAfter: number | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, body: ProblemBody) {
    super(body.detail ?? body.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.slug = body.type?.startsWith(TYPE_PREFIX) ? body.type.slice(TYPE_PREFIX.length) : body.type ?? `http-${status}`;
    this.title = body.title ?? `HTTP ${status}`;
    this.detail = body.detail;
    this.invalidParams = Array.isArray(body.invalidParams) ? body.invalidParams : [];
    this.retryAfter = body.retryAfter;
    this.requestId = body.requestId;
  }

  static network(): ApiError {
    return new ApiError(0, { type: 'network', title: 'network' });
  }

  static async fromResponse(res: Response): Promise<ApiError> {
    let body: ProblemBody = {};
    try {
      const type = res.headers.get('content-type') ?? '';
      if (type.includes('json')) body = (await res.json()) as ProblemBody;
    } catch {
      // A body that is not JSON (a proxy's error page) still gives a usable error by status.
    }
    return new ApiError(res.status, body);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
