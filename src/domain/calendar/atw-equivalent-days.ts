import type { IsoDate } from './iso-date.js';

/**
 * Days equated with public holidays by royal decree under Atw art. 3(3). They are chosen per
 * period (a decree usually covers three years), so they are data, not a rule. Taken from the
 * decrees' titles:
 * - "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en
 *   30 mei 2025 met een algemeen erkende feestdag"
 * - "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en
 *   26 mei 2028 met een algemeen erkende feestdag"
 * Add the next decree when it is published. For years not covered here a statutory term may
 * come out one bridge day too early: the safe side for someone watching a deadline.
 *
 * These count for statutory terms only; whether a pool's staff have the day off is the pool's
 * own "extra days off" setting.
 */
export interface AtwEquivalentDay {
  readonly date: IsoDate;
  readonly decree: string;
}

const DECREE_2023 = 'Besluit gelijkstelling 2023–2025 (Atw art. 3 lid 3)';
const DECREE_2026 = 'Besluit gelijkstelling 2026–2028 (Atw art. 3 lid 3)';

export const ATW_EQUIVALENT_DAYS: readonly AtwEquivalentDay[] = [
  { date: '2023-04-28', decree: DECREE_2023 },
  { date: '2023-05-19', decree: DECREE_2023 },
  { date: '2024-05-10', decree: DECREE_2023 },
  { date: '2024-12-27', decree: DECREE_2023 },
  { date: '2025-05-30', decree: DECREE_2023 },
  { date: '2026-01-02', decree: DECREE_2026 },
  { date: '2026-05-15', decree: DECREE_2026 },
  { date: '2027-05-07', decree: DECREE_2026 },
  { date: '2028-04-28', decree: DECREE_2026 },
  { date: '2028-05-26', decree: DECREE_2026 },
];

/** Last year for which a decree is known; later years may miss equated days. */
export const ATW_EQUIVALENT_DAYS_KNOWN_UNTIL = 2028;
