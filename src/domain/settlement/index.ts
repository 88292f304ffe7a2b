/**
 * Public API of the settlement domain (browser-safe). The content hash needs node:crypto and is
 * imported on the server from './content-hash.js' directly.
 */
export type * from './types.js';
export { MissingRateError, SettlementInputError } from './errors.js';
export { amountForMinutes } from './rounding.js';
export { computeSettlement } from './compute-settlement.js';
export type { SettlementInput } from './compute-settlement.js';
export { planTransfers } from './fewest-transfers.js';
export type { NetPosition } from './fewest-transfers.js';
export { isInPeriod, nextPeriod, parsePeriodCode, periodCode, periodContaining, periodLabel, previousPeriod } from './periods.js';
export type { PeriodKind, SettlementPeriod } from './periods.js';
export { canonicalJson } from './canonical-json.js';
export { formatEuro, formatMinutes } from './format-money.js';
