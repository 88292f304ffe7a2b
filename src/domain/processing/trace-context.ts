/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): a `traceparent` header is
 * `version-traceid-parentid-flags` in lowercase hex. A municipality's own system may send one, so
 * its logs and our processing log share the trace id; anything malformed is ignored (and a new
 * trace begins), as the standard asks.
 */
export interface TraceParent {
  traceId: string;
  parentId: string;
  flags: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

export function parseTraceparent(header: string | undefined | null): TraceParent | null {
  if (typeof header !== 'string' || header.length > 512) return null;
  const m = TRACEPARENT.exec(header.trim());
  if (!m) return null;
  const [, version, traceId, parentId, flags, rest] = m as unknown as [string, string, string, string, string, string | undefined];
  if (version === 'ff') return null;
  // Version 00 has exactly four fields; a later version may append more.
  if (version === '00' && rest !== undefined) return null;
  if (/^0+$/.test(traceId) || /^0+$/.test(parentId)) return null;
  return { traceId, parentId, flags };
}

/** The header value that names this request's span within the trace. */
export const formatTraceparent = (traceId: string, spanId: string, flags = '01'): string => `00-${traceId}-${spanId}-${flags}`;
