/** Date periods with an inclusive start and end (`YYYY-MM-DD`), such as a mediator's holiday. */
export interface DatePeriod {
  startsOn: string;
  endsOn: string;
}

export const endsBeforeStart = (p: DatePeriod) => p.endsOn < p.startsOn;

/** Inclusive on both sides: a holiday ending on the 5th and one starting on the 5th overlap. */
export const periodsOverlap = (a: DatePeriod, b: DatePeriod) => a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;

/** The first existing period the candidate overlaps, if any. */
export function findOverlap<T extends DatePeriod>(existing: readonly T[], candidate: DatePeriod): T | undefined {
  return existing.find((p) => periodsOverlap(p, candidate));
}

export const coversDate = (p: DatePeriod, date: string) => p.startsOn <= date && date <= p.endsOn;
