/** Typed errors, so the server can turn them into a Dutch problem response with the details. */

/** Hours exist in a calendar year for which the pool has no rate: the settlement cannot be computed. */
export class MissingRateError extends Error {
  override readonly name = 'MissingRateError';
  /** Every year without a rate, ascending; `year` is the first. */
  readonly years: readonly number[];
  readonly year: number;

  constructor(years: readonly number[]) {
    const sorted = [...years].sort((a, b) => a - b);
    super(`Geen uurtarief voor ${sorted.join(', ')}; er zijn uren in ${sorted.length === 1 ? 'dat jaar' : 'die jaren'}.`);
    this.years = sorted;
    this.year = sorted[0]!;
  }
}

/** Input that breaks the settlement's own rules (not a user mistake the server should have caught). */
export class SettlementInputError extends Error {
  override readonly name = 'SettlementInputError';
}
