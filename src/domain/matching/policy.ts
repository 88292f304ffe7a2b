/**
 * Pool settings that steer matching. Weights are relative: the score is the weighted sum of
 * parts that each lie in 0..1, so with the defaults (summing to 1) a score lies in 0..1 too.
 */

export interface MatchingWeights {
  /** Hours balance of the mediator's municipality: those who used more should now supply. */
  readonly fairness: number;
  /** Travel between the mediator's and the requesting municipality. */
  readonly distance: number;
  /** Free capacity: spreads the work and keeps deployment fast. */
  readonly load: number;
  /** Concluded cases of the same type. */
  readonly experience: number;
  /** Speaks the preferred language of the parties. */
  readonly language: number;
  /** Few recent declines: a mediator who often declines delays the case. */
  readonly declines: number;
}

/**
 * Where each part reaches its end of the 0..1 range. Fixed scales (not min-max over the
 * candidates) keep a mediator's score independent of who else happens to be a candidate, which
 * makes the breakdown explainable and lets the batch optimiser compare scores across cases.
 */
export interface MatchingScales {
  /** A balance of minus this many minutes gives fairness 1, plus this many gives 0, zero gives 0.5. */
  readonly fairnessMinutes: number;
  /** At or beyond this distance the distance part is 0. */
  readonly distanceKm: number;
  /** This many concluded cases of the type give experience 1. */
  readonly experienceCases: number;
  /** This many recent declines give the declines part 0. */
  readonly declines: number;
}

export interface MatchingPolicy {
  /**
   * Nuenen model: a mediator of a party municipality may be proposed when they work in a
   * department other than every party department of that municipality.
   */
  readonly allowDifferentDepartment: boolean;
  readonly weights: MatchingWeights;
  readonly scales: MatchingScales;
}

/**
 * Fairness weighs most because an unbalanced pool is the main reason pools fall apart; distance
 * and load come next because fast deployment is what makes pools succeed.
 */
export const DEFAULT_WEIGHTS: MatchingWeights = {
  fairness: 0.25,
  distance: 0.2,
  load: 0.2,
  experience: 0.15,
  language: 0.1,
  declines: 0.1,
};

export const DEFAULT_SCALES: MatchingScales = {
  fairnessMinutes: 100 * 60,
  distanceKm: 100,
  experienceCases: 10,
  declines: 5,
};

export const DEFAULT_POLICY: MatchingPolicy = {
  allowDifferentDepartment: false,
  weights: DEFAULT_WEIGHTS,
  scales: DEFAULT_SCALES,
};

export interface MatchingPolicyInput {
  readonly allowDifferentDepartment?: boolean;
  readonly weights?: Partial<MatchingWeights>;
  readonly scales?: Partial<MatchingScales>;
}

/** Fills in defaults and rejects values that would make scores meaningless. */
export function resolvePolicy(input: MatchingPolicyInput = {}): MatchingPolicy {
  const weights: MatchingWeights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const scales: MatchingScales = { ...DEFAULT_SCALES, ...input.scales };
  for (const [key, value] of Object.entries(weights)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Weight ${key} must be a finite number >= 0`);
  }
  for (const [key, value] of Object.entries(scales)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Scale ${key} must be a finite number > 0`);
  }
  return { allowDifferentDepartment: input.allowDifferentDepartment ?? false, weights, scales };
}
