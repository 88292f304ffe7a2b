/**
 * The settlement of one period: per ordered pair (supplier, user) the minutes per calendar year
 * times that year's rate, rounded half up to the cent once per pair-year; net positions are sums
 * of those pair amounts, so they add up to exactly zero by construction (each pair amount is
 * received once and paid once). Rounding per entry would let many tiny roundings drift; rounding
 * per municipality would break the zero sum.
 */
import { parseDate } from './calendar-date.js';
import { MissingRateError, SettlementInputError } from './errors.js';
import { planTransfers } from './fewest-transfers.js';
import { amountForMinutes } from './rounding.js';
import type {
  MunicipalityPosition,
  PairSettlement,
  PairYear,
  RatesByYear,
  Settlement,
  SettlementEntry,
  SettlementMode,
} from './types.js';

export interface SettlementInput {
  readonly entries: readonly SettlementEntry[];
  readonly mode: SettlementMode;
  /** Required in 'hourly' mode for every year with hours between two different municipalities. */
  readonly ratesByYear?: RatesByYear;
  /** Members to list even without hours, so every member gets a (zero) statement line. */
  readonly municipalityIds?: readonly string[];
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function validateEntry(entry: SettlementEntry): number {
  if (!Number.isSafeInteger(entry.minutes)) throw new SettlementInputError(`Minutes must be whole: ${entry.minutes}`);
  if (entry.supplierId === '' || entry.userId === '') throw new SettlementInputError('Municipality id missing');
  return parseDate(entry.date).year;
}

/**
 * Minutes are priced per pair and year at the year's rate; an entry with a fixed rate (a
 * correction priced at the rate that settled the hours it corrects) is kept apart with that rate,
 * so its amount is rounded on its own and never at today's rate.
 */
const priceKey = (year: number, fixedRate: number | undefined): string => (fixedRate === undefined ? `${year}` : `${year}@${fixedRate}`);

function parsePriceKey(key: string): { year: number; fixedRate: number | undefined } {
  const [year, fixed] = key.split('@');
  return { year: Number(year), fixedRate: fixed === undefined ? undefined : Number(fixed) };
}

interface Totals {
  supplied: number;
  used: number;
  own: number;
  received: number;
  paid: number;
}

export function computeSettlement(input: SettlementInput): Settlement {
  const { mode } = input;
  const hourly = mode === 'hourly';
  // supplier → user → price key (year, fixed rate or the year's) → minutes
  const minutesByPair = new Map<string, Map<string, Map<string, number>>>();
  const totals = new Map<string, Totals>();
  const totalsOf = (id: string): Totals => {
    let t = totals.get(id);
    if (t === undefined) {
      t = { supplied: 0, used: 0, own: 0, received: 0, paid: 0 };
      totals.set(id, t);
    }
    return t;
  };
  for (const id of input.municipalityIds ?? []) totalsOf(id);

  let ownMinutes = 0;
  for (const entry of input.entries) {
    const year = validateEntry(entry);
    if (entry.supplierId === entry.userId) {
      totalsOf(entry.supplierId).own += entry.minutes;
      ownMinutes += entry.minutes;
      continue;
    }
    let byUser = minutesByPair.get(entry.supplierId);
    if (byUser === undefined) minutesByPair.set(entry.supplierId, (byUser = new Map()));
    let byYear = byUser.get(entry.userId);
    if (byYear === undefined) byUser.set(entry.userId, (byYear = new Map()));
    // A fixed rate equal to the year's is the year's: those minutes are priced together.
    const fixed = hourly && entry.rateCents !== undefined && entry.rateCents !== input.ratesByYear?.[year] ? entry.rateCents : undefined;
    const key = priceKey(year, fixed);
    byYear.set(key, (byYear.get(key) ?? 0) + entry.minutes);
  }

  if (hourly) {
    const missing = new Set<number>();
    for (const byUser of minutesByPair.values()) {
      for (const byYear of byUser.values()) {
        for (const key of byYear.keys()) {
          const { year, fixedRate } = parsePriceKey(key);
          const rate = fixedRate ?? input.ratesByYear?.[year];
          if (rate === undefined) missing.add(year);
          else if (!Number.isSafeInteger(rate) || rate < 0) throw new SettlementInputError(`Rate for ${year} must be whole cents >= 0`);
        }
      }
    }
    if (missing.size > 0) throw new MissingRateError([...missing]);
  }

  const pairs: PairSettlement[] = [];
  let settledMinutes = 0;
  let totalAmount = 0;
  for (const supplierId of [...minutesByPair.keys()].sort(compareIds)) {
    const byUser = minutesByPair.get(supplierId)!;
    for (const userId of [...byUser.keys()].sort(compareIds)) {
      const byYear = byUser.get(userId)!;
      const years: PairYear[] = [...byYear.keys()]
        .map((key) => ({ key, ...parsePriceKey(key) }))
        .sort((a, b) => a.year - b.year || (a.fixedRate ?? -1) - (b.fixedRate ?? -1))
        .map(({ key, year, fixedRate }) => {
          const minutes = byYear.get(key)!;
          if (!hourly) return { year, minutes, rateCents: null, amountCents: null };
          const rateCents = fixedRate ?? input.ratesByYear![year]!;
          return { year, minutes, rateCents, amountCents: amountForMinutes(minutes, rateCents) };
        });
      const minutes = years.reduce((sum, y) => sum + y.minutes, 0);
      const amountCents = hourly ? years.reduce((sum, y) => sum + y.amountCents!, 0) : null;
      pairs.push({ supplierId, userId, minutes, years, amountCents });
      settledMinutes += minutes;
      const supplier = totalsOf(supplierId);
      const user = totalsOf(userId);
      supplier.supplied += minutes;
      user.used += minutes;
      if (amountCents !== null) {
        supplier.received += amountCents;
        user.paid += amountCents;
        totalAmount += amountCents;
      }
    }
  }

  const positions: MunicipalityPosition[] = [...totals.keys()].sort(compareIds).map((municipalityId) => {
    const t = totals.get(municipalityId)!;
    return {
      municipalityId,
      minutesSupplied: t.supplied,
      minutesUsed: t.used,
      netMinutes: t.supplied - t.used,
      ownMinutes: t.own,
      receivedCents: hourly ? t.received : null,
      paidCents: hourly ? t.paid : null,
      netCents: hourly ? t.received - t.paid : null,
    };
  });

  const transfers = hourly
    ? planTransfers(positions.map((p) => ({ municipalityId: p.municipalityId, netCents: p.netCents! })))
    : [];
  return { mode, pairs, positions, transfers, settledMinutes, ownMinutes, totalAmountCents: hourly ? totalAmount : null };
}
