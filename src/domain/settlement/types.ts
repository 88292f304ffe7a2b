/** Input and output of a settlement between municipalities. Money in integer cents, time in integer minutes. */

/** 'hourly' settles money at the pool's rate; 'none' (Achterhoek) keeps only the balance in hours. */
export type SettlementMode = 'hourly' | 'none';

/** One approved hour entry, reduced to what the settlement needs. */
export interface SettlementEntry {
  /**
   * Integer minutes. Negative is allowed: a correction of an entry in an already final period
   * is booked in the current one as a negative (or positive) difference.
   */
  readonly minutes: number;
  /** The mediator's municipality. */
  readonly supplierId: string;
  /** The case's requesting municipality. */
  readonly userId: string;
  /** `YYYY-MM-DD`; its calendar year picks the rate. */
  readonly date: string;
  /**
   * A fixed rate in cents per hour instead of the year's rate: a correction of hours that a final
   * settlement already priced carries the rate that settled them, so it refunds (or adds) exactly
   * at the price that was paid, whatever the year's rate is now.
   */
  readonly rateCents?: number;
}

/** Rate per calendar year in cents per hour: { 2026: 6250 } is €62.50 an hour. */
export type RatesByYear = Readonly<Record<number, number>>;

/**
 * The minutes of one pair at one rate: per calendar year at that year's rate, and apart from them
 * the corrections fixed at another rate (the rate that settled what they correct).
 */
export interface PairYear {
  readonly year: number;
  readonly minutes: number;
  /** null in 'none' mode. */
  readonly rateCents: number | null;
  /** round_half_up(minutes × rate / 60); null in 'none' mode. */
  readonly amountCents: number | null;
}

/** What `userId` owes `supplierId` for the hours of the supplier's mediators on the user's cases. */
export interface PairSettlement {
  readonly supplierId: string;
  readonly userId: string;
  readonly minutes: number;
  readonly years: readonly PairYear[];
  /** Sum of the rounded year amounts; null in 'none' mode. */
  readonly amountCents: number | null;
}

export interface MunicipalityPosition {
  readonly municipalityId: string;
  /** Its mediators on other members' cases. */
  readonly minutesSupplied: number;
  /** Other members' mediators on its cases. */
  readonly minutesUsed: number;
  /** minutesSupplied − minutesUsed. */
  readonly netMinutes: number;
  /** Its own mediators on its own cases: reported, never settled. */
  readonly ownMinutes: number;
  /** null in 'none' mode. */
  readonly receivedCents: number | null;
  readonly paidCents: number | null;
  /** receivedCents − paidCents; positive means the municipality receives money. */
  readonly netCents: number | null;
}

export interface Transfer {
  readonly fromId: string;
  readonly toId: string;
  /** Always > 0. */
  readonly amountCents: number;
}

export interface Settlement {
  readonly mode: SettlementMode;
  /** Ordered by supplier id, then user id. */
  readonly pairs: readonly PairSettlement[];
  /** Ordered by municipality id. */
  readonly positions: readonly MunicipalityPosition[];
  /** Payments that settle every net position; empty in 'none' mode. */
  readonly transfers: readonly Transfer[];
  readonly settledMinutes: number;
  readonly ownMinutes: number;
  /** Sum of all pair amounts; null in 'none' mode. */
  readonly totalAmountCents: number | null;
}
