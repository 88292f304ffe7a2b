import { MIN_GROUP } from '../reports/small-numbers.js';

/**
 * Benchmark across pools (issue 15, item 5): the rules that turn each participating pool's counts
 * into the figures one pool may see of all of them. No I/O: the repository counts (set-based SQL),
 * this decides what is shown.
 *
 * - The small-number rule of the reports (MIN_GROUP, 5): a figure computed from 1 to 4 cases (or
 *   answers) is withheld ('suppressed'); from none it does not exist ('none'). A count of 0
 *   referrals is shown: an empty group is nobody.
 * - With fewer than MIN_POOLS pools taking part the comparison is not shown at all: two pools that
 *   see each other's figures beside "the median of all" learn nothing a direct exchange would not
 *   give, and a comparison needs a middle.
 * - A pool that has not agreed sees no figures of others (and is in nobody's comparison).
 * - The median of all is the median of the figures shown, never of withheld ones.
 */

export { MIN_GROUP };

/** Fewer pools than this taking part: no comparison. */
export const MIN_POOLS = 3;

/** The figures of the comparison, in the order they are shown. */
export const POOL_BENCHMARK_MEASURES = ['referrals', 'agreementShare', 'medianWorkingDaysToAssignment', 'hoursPerCase', 'otherMunicipalityShare', 'satisfaction'] as const;
export type PoolBenchmarkMeasure = (typeof POOL_BENCHMARK_MEASURES)[number];

export const FIGURE_STATUSES = ['shown', 'suppressed', 'none'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];
export interface Figure {
  value: number | null;
  status: FigureStatus;
}

export const COMPARISON_STATUSES = ['shown', 'not-participating', 'too-few-pools'] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];

/** One pool's counts for a year, as the repository reads them. */
export interface PoolCounts {
  poolId: string;
  name: string;
  /** Cases referred in the year. */
  referrals: number;
  /** Of those, concluded with an outcome; and with (full or partial) agreement. */
  concluded: number;
  agreements: number;
  /** Of those, assigned; and the median of their working days from referral to assignment. */
  assigned: number;
  medianWorkingDaysToAssignment: number | null;
  /** Cases with approved hours worked in the year, and those minutes. */
  casesWithHours: number;
  minutes: number;
  /** Cases referred in the year with a lead mediator; of those, with one from another municipality than the requesting one. */
  withMediator: number;
  fromOtherMunicipality: number;
  /** Survey answers given in the year, and their mean score (1–5, the three questions together). */
  answers: number;
  satisfaction: number | null;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
const share = (part: number, whole: number): number => round1((100 * part) / whole);

/** A figure computed from `base` cases or answers, under the small-number rule. */
export function figureOf(value: number | null, base: number): Figure {
  if (base <= 0 || value === null) return { value: null, status: 'none' };
  if (base < MIN_GROUP) return { value: null, status: 'suppressed' };
  return { value, status: 'shown' };
}

/** One pool's figures: every figure from its own base, so a small part withholds that figure only. */
export function poolFigures(c: PoolCounts): Record<PoolBenchmarkMeasure, Figure> {
  return {
    referrals: c.referrals === 0 ? { value: 0, status: 'shown' } : figureOf(c.referrals, c.referrals),
    agreementShare: figureOf(c.concluded > 0 ? share(c.agreements, c.concluded) : null, c.concluded),
    medianWorkingDaysToAssignment: figureOf(c.medianWorkingDaysToAssignment === null ? null : round1(c.medianWorkingDaysToAssignment), c.assigned),
    hoursPerCase: figureOf(c.casesWithHours > 0 ? round1(c.minutes / 60 / c.casesWithHours) : null, c.casesWithHours),
    otherMunicipalityShare: figureOf(c.withMediator > 0 ? share(c.fromOtherMunicipality, c.withMediator) : null, c.withMediator),
    satisfaction: figureOf(c.satisfaction === null ? null : round1(c.satisfaction), c.answers),
  };
}

/** The median of the figures shown (withheld and missing ones left out); null when none is shown. */
export function medianOfShown(figures: readonly Figure[]): number | null {
  const values = figures.filter((f) => f.status === 'shown' && f.value !== null).map((f) => f.value!).sort((a, b) => a - b);
  if (values.length === 0) return null;
  const mid = Math.floor(values.length / 2);
  return round1(values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2);
}

/** Whether the comparison is shown to a pool, and if not, why. */
export function comparisonStatus(ownParticipates: boolean, participants: number): ComparisonStatus {
  if (!ownParticipates) return 'not-participating';
  return participants < MIN_POOLS ? 'too-few-pools' : 'shown';
}

export interface ComparedPool {
  name: string;
  own: boolean;
  figures: Record<PoolBenchmarkMeasure, Figure>;
}

export interface PoolComparison {
  status: ComparisonStatus;
  participants: number;
  rows: ComparedPool[];
  median: Record<PoolBenchmarkMeasure, number | null> | null;
}

/**
 * The comparison one pool sees: `counts` are those of every pool that agreed (the own pool among
 * them when it agreed). Own row first, the others by name; nothing but the status when the
 * comparison is not shown.
 */
export function comparePools(counts: readonly PoolCounts[], ownPoolId: string): PoolComparison {
  const participants = counts.length;
  const status = comparisonStatus(counts.some((c) => c.poolId === ownPoolId), participants);
  if (status !== 'shown') return { status, participants, rows: [], median: null };
  const rows = counts
    .map((c) => ({ name: c.name, own: c.poolId === ownPoolId, figures: poolFigures(c) }))
    .sort((a, b) => (a.own === b.own ? a.name.localeCompare(b.name, 'nl') : a.own ? -1 : 1));
  const median = Object.fromEntries(POOL_BENCHMARK_MEASURES.map((m) => [m, medianOfShown(rows.map((r) => r.figures[m]))])) as Record<PoolBenchmarkMeasure, number | null>;
  return { status, participants, rows, median };
}
