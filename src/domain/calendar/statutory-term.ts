import { DomainError } from './domain-error.js';
import { addDays, type IsoDate } from './iso-date.js';
import { STATUTORY_CALENDAR } from './working-calendar.js';
import { nextWorkingDayOnOrAfter } from './working-days.js';

/**
 * A term set by law, counted in calendar days from its first day (inclusive), whose END is
 * extended by Algemene termijnenwet art. 1: "Een in een wet gestelde termijn die op een
 * zaterdag, zondag of algemeen erkende feestdag eindigt, wordt verlengd tot en met de
 * eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende feestdag is."
 * Only the end moves: a term may start on a Sunday or a holiday.
 *
 * Atw art. 2 (a term of three days or more must contain two working days) can never bite on
 * the week terms of the Awb, so it is not modelled.
 */
export interface StatutoryTerm {
  readonly startsOn: IsoDate;
  /** Last day by plain counting. */
  readonly nominalEndsOn: IsoDate;
  /** Last day after the Atw extension: the day the term really expires. */
  readonly endsOn: IsoDate;
  readonly extendedByAtw: boolean;
}

/** The Atw art. 1 extension of a term's last day. */
export function extendTermEnd(nominalEnd: IsoDate): IsoDate {
  return nextWorkingDayOnOrAfter(nominalEnd, STATUTORY_CALENDAR);
}

export function termOfDays(startsOn: IsoDate, days: number): StatutoryTerm {
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new DomainError('invalid_duration', `Een termijn duurt minstens één dag, niet ${days}.`);
  }
  const nominalEndsOn = addDays(startsOn, days - 1);
  const endsOn = extendTermEnd(nominalEndsOn);
  return { startsOn, nominalEndsOn, endsOn, extendedByAtw: endsOn !== nominalEndsOn };
}

/** A term of whole weeks ends on the weekday before the one it started on. */
export function termOfWeeks(startsOn: IsoDate, weeks: number): StatutoryTerm {
  return termOfDays(startsOn, weeks * 7);
}
