/**
 * Pure helpers of the scale benchmark (bench/scale.bench.ts): percentiles of measured answer
 * times, the summary of one measured endpoint, and whether a target of issue 13 is met or missed
 * by how much. No I/O here, so test/unit/bench/scale-stats.test.ts checks them directly.
 */

/** Nearest-rank percentile (p in 0–100) of an ascending list; NaN for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export interface Sample {
  /** Milliseconds from sending a request to the end of its answer. */
  ms: number;
  status: number;
}

export interface EndpointFigures {
  requests: number;
  /** Answers with a status outside 200–299. */
  non2xx: number;
  /** Connection errors and time-outs (no answer at all). */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers per second over the measured duration (2xx and others alike). */
  rps: number;
}

/**
 * Summarises the answers of one run. Percentiles are over the 2xx answers only, so fast errors can
 * never make an endpoint look fast; the non-2xx count says how many were left out.
 */
export function summarise(samples: readonly Sample[], seconds: number, errors = 0): EndpointFigures {
  const ok = samples
    .filter((s) => s.status >= 200 && s.status < 300)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  return {
    requests: samples.length,
    non2xx: samples.length - ok.length,
    errors,
    p50: percentile(ok, 50),
    p95: percentile(ok, 95),
    p99: percentile(ok, 99),
    max: ok.length ? ok[ok.length - 1]! : Number.NaN,
    rps: seconds > 0 ? samples.length / seconds : Number.NaN,
  };
}

export type TargetKind = 'at-most' | 'at-least';

export interface Target {
  /** What the issue asks, as a sentence for the report. */
  label: string;
  kind: TargetKind;
  /** The limit: "below" for at-most (strictly less), "at least" for at-least. */
  limit: number;
  unit: 'ms' | '%' | 'MB';
}

export interface TargetResult {
  label: string;
  /** met, missed, or not-measured (the endpoint failed or was not run). */
  verdict: 'met' | 'missed' | 'not-measured';
  value: number | undefined;
  /** e.g. "met (p95 12 ms < 50 ms)", "missed by 4,750 ms (p95 4,800 ms, 96× the limit)". */
  text: string;
  /** For a missed latency target: whether the work of one request or the load explains it. */
  why?: string;
}

/**
 * Why a latency target under load was missed, from the run's own figures: when one request sent
 * alone already takes the limit, the work per request is too much; when it is well within, the
 * p95 is waiting for a core (all users share the machine's cores with PostgreSQL and the load
 * generator), and throughput is what to raise.
 */
export function latencyWhy(limitMs: number, aloneMs: number | undefined, rps: number | undefined, users: number, cpus: number): string | undefined {
  if (aloneMs === undefined) return undefined;
  const alone = `one request alone took ${fmt(aloneMs, 'ms')}`;
  if (aloneMs >= limitMs) return `${alone}, at or above the limit: the work of one request is too much`;
  const perRequestMs = rps ? (1000 * cpus) / rps : undefined;
  return `${alone}, within the limit: the p95 is queueing of ${users} users for ${cpus} cores${perRequestMs === undefined ? '' : ` (${rps!.toFixed(0)} req/s is about ${fmt(perRequestMs, 'ms')} of machine time per request, server and database together)`}`;
}

const fmt = (n: number, unit: string) => `${n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(1)}${unit === '%' ? ' %' : ` ${unit}`}`;

/**
 * Whether `value` meets `target`. `why` is used when there is no value: a failing endpoint is
 * "not measured", never met.
 */
export function evaluateTarget(target: Target, value: number | undefined, why = 'not measured'): TargetResult {
  if (value === undefined || Number.isNaN(value)) {
    return { label: target.label, verdict: 'not-measured', value: undefined, text: `not measured: ${why}` };
  }
  const { limit, unit } = target;
  if (target.kind === 'at-most') {
    if (value < limit) return { label: target.label, verdict: 'met', value, text: `met (${fmt(value, unit)} < ${fmt(limit, unit)})` };
    const factor = limit > 0 ? `, ${(value / limit).toFixed(value / limit >= 10 ? 0 : 1)}× the limit` : '';
    return { label: target.label, verdict: 'missed', value, text: `missed by ${fmt(value - limit, unit)} (${fmt(value, unit)} against < ${fmt(limit, unit)}${factor})` };
  }
  if (value >= limit) return { label: target.label, verdict: 'met', value, text: `met (${fmt(value, unit)} ≥ ${fmt(limit, unit)})` };
  const gap = unit === '%' ? `${(limit - value).toFixed(1)} percentage points` : fmt(limit - value, unit);
  return { label: target.label, verdict: 'missed', value, text: `missed by ${gap} (${fmt(value, unit)} against ≥ ${fmt(limit, unit)})` };
}

/** The figure a target reads from a run, or why there is none (requests failed, not run). */
export function usableP95(figures: EndpointFigures | undefined): { value?: number; why?: string } {
  if (!figures) return { why: 'not run' };
  if (figures.errors > 0 || figures.non2xx > 0) {
    return { why: `${figures.non2xx + figures.errors} of ${figures.requests + figures.errors} requests failed (not 2xx or no answer)` };
  }
  if (figures.requests === 0) return { why: 'no answers' };
  return { value: figures.p95 };
}
