/**
 * Public API of the settlement domain (pure, browser-safe). The content hash (SHA-256 of
 * `canonicalJson`) needs node:crypto and lives on the server: modules/settlement/content-hash.ts.
 */
export type * from './types.js';
export { MissingRateError, SettlementInputError } from './errors.js';
export { amountForMinutes } from './rounding.js';
export { computeSettlement } from './compute-settlement.js';
export type { SettlementInput } from './compute-settlement.js';
export { planTransfers } from './fewest-transfers.js';
export type { NetPosition } from './fewest-transfers.js';
export { hasEnded, isInPeriod, lastCompletePeriod, nextPeriod, parsePeriodCode, periodCode, periodContaining, periodLabel, previousPeriod } from './periods.js';
export type { PeriodKind, SettlementPeriod } from './periods.js';
export { canonicalJson } from './canonical-json.js';
export { formatEuro, formatMinutes } from './format-money.js';
export { capLines } from './cap-lines.js';
