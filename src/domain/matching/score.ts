/**
 * The soft side of matching: a weighted sum of parts that each lie in 0..1 (1 = best), shown
 * with the raw value and a Dutch explanation so the coordinator can see why someone ranks high.
 */
import { CASE_TYPE_EXPERIENCE_TEXT, formatCases, formatDecimal, formatHours } from './dutch-text.js';
import type { MatchingPolicy, MatchingWeights } from './policy.js';
import { distanceKm, type PreparedCandidate, type PreparedCase } from './prepared.js';

export type ScorePartKey = keyof MatchingWeights;

export const SCORE_PART_KEYS: readonly ScorePartKey[] = ['fairness', 'distance', 'load', 'experience', 'language', 'declines'];

/**
 * Scores are compared as integers (millionths): float sums of equal parts in a different order
 * can differ in the last bit, which would make ties, and the batch optimum, depend on chance.
 */
export const SCORE_POINTS_PER_UNIT = 1_000_000;

export interface ScorePart {
  readonly key: ScorePartKey;
  /** fairness: balance in minutes; distance: km; load: open cases; experience: concluded cases of the type; language: 1 or 0; declines: count. */
  readonly raw: number;
  /** Normalised 0..1, higher is better. */
  readonly value: number;
  readonly weight: number;
  readonly contribution: number;
  readonly explanation: string;
}

export interface ScoreBreakdown {
  /** scorePoints / SCORE_POINTS_PER_UNIT, so the shown score and the compared score agree. */
  readonly score: number;
  readonly scorePoints: number;
  readonly distanceKm: number;
  readonly parts: readonly ScorePart[];
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

type PartValues = Record<ScorePartKey, number>;

interface RawParts {
  readonly km: number;
  readonly values: PartValues;
}

function rawParts(c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy): RawParts {
  const s = m.source;
  const { scales } = policy;
  const km = distanceKm(c, s);
  const experience = s.concludedByType[c.source.caseType] ?? 0;
  const values: PartValues = {
    // Balance 0 sits in the middle; a municipality that used more than it gave moves towards 1.
    fairness: clamp01(0.5 - s.municipalityBalanceMinutes / (2 * scales.fairnessMinutes)),
    distance: clamp01(1 - km / scales.distanceKm),
    load: s.maxConcurrentCases > 0 ? clamp01(1 - s.openCases / s.maxConcurrentCases) : 0,
    experience: clamp01(experience / scales.experienceCases),
    language: c.preferredLanguage === undefined || m.languages.has(c.preferredLanguage) ? 1 : 0,
    declines: clamp01(1 - s.recentDeclines / scales.declines),
  };
  return { km, values };
}

function pointsOf(values: PartValues, weights: MatchingWeights): number {
  let sum = 0;
  for (const key of SCORE_PART_KEYS) sum += weights[key] * values[key];
  return Math.round(sum * SCORE_POINTS_PER_UNIT);
}

/**
 * What ordering needs (score points and distance) without the Dutch explanations: the candidate
 * list orders every eligible mediator but explains only the ones it shows.
 */
export function rankingKeyFor(c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy): { scorePoints: number; distanceKm: number } {
  const { km, values } = rawParts(c, m, policy);
  return { scorePoints: pointsOf(values, policy.weights), distanceKm: km };
}

/** The integer score only; what the batch optimiser needs for 1.5 million pairs. */
export function scorePointsFor(c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy): number {
  return pointsOf(rawParts(c, m, policy).values, policy.weights);
}

function explain(key: ScorePartKey, c: PreparedCase, m: PreparedCandidate, km: number): string {
  const s = m.source;
  const own = s.municipality.name;
  switch (key) {
    case 'fairness': {
      const balance = s.municipalityBalanceMinutes;
      if (balance < 0) return `${own} gebruikte ${formatHours(balance)} meer dan het leverde (laatste 12 maanden)`;
      if (balance > 0) return `${own} leverde ${formatHours(balance)} meer dan het gebruikte (laatste 12 maanden)`;
      return `${own} leverde evenveel uren als het gebruikte (laatste 12 maanden)`;
    }
    case 'distance':
      return `${formatDecimal(km, 0)} km tussen ${own} en ${c.source.requestingMunicipality.name}`;
    case 'load':
      return `${s.openCases} van ${formatCases(s.maxConcurrentCases)} in behandeling`;
    case 'experience': {
      const n = s.concludedByType[c.source.caseType] ?? 0;
      return `${n} afgeronde ${n === 1 ? 'zaak' : 'zaken'} met ${CASE_TYPE_EXPERIENCE_TEXT[c.source.caseType]}`;
    }
    case 'language': {
      const preferred = c.preferredLanguage;
      if (preferred === undefined) return 'Geen voorkeurstaal opgegeven';
      return m.languages.has(preferred) ? `Spreekt de voorkeurstaal (${preferred})` : `Spreekt de voorkeurstaal (${preferred}) niet`;
    }
    case 'declines':
      return s.recentDeclines === 0
        ? 'Geen recente afwijzingen'
        : `${s.recentDeclines} keer recent een voorstel afgewezen`;
  }
}

function rawValue(key: ScorePartKey, c: PreparedCase, m: PreparedCandidate, km: number, values: PartValues): number {
  const s = m.source;
  switch (key) {
    case 'fairness':
      return s.municipalityBalanceMinutes;
    case 'distance':
      return Math.round(km * 10) / 10;
    case 'load':
      return s.openCases;
    case 'experience':
      return s.concludedByType[c.source.caseType] ?? 0;
    case 'language':
      return values.language;
    case 'declines':
      return s.recentDeclines;
  }
}

/** The score with every part explained; for the candidate list. */
export function scoreBreakdownFor(c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy): ScoreBreakdown {
  const { km, values } = rawParts(c, m, policy);
  const parts = SCORE_PART_KEYS.map((key): ScorePart => {
    const weight = policy.weights[key];
    return {
      key,
      raw: rawValue(key, c, m, km, values),
      value: values[key],
      weight,
      contribution: weight * values[key],
      explanation: explain(key, c, m, km),
    };
  });
  const scorePoints = pointsOf(values, policy.weights);
  return { score: scorePoints / SCORE_POINTS_PER_UNIT, scorePoints, distanceKm: km, parts };
}
