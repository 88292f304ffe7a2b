/**
 * Settling net positions with few payments.
 *
 * The true minimum number of transfers is n − k, where k is the largest number of disjoint
 * groups whose net positions each sum to zero; finding k is a partition problem (NP-hard in
 * general). We do not chase it. We guarantee at most n − 1 transfers for n municipalities with a
 * non-zero position: every transfer settles at least one of them completely, and because the
 * positions sum to zero the last transfer settles two. Before each step we look for a debtor and
 * a creditor with exactly equal amounts and settle that pair first (one transfer, two parties
 * done: a zero-sum group of two), which catches the common cases where greedy alone would
 * split a natural match. Otherwise the largest debtor pays the largest creditor.
 *
 * Deterministic: ties go to the lower id, and the result is ordered by payer, then payee.
 */
import { SettlementInputError } from './errors.js';
import type { Transfer } from './types.js';

export interface NetPosition {
  readonly municipalityId: string;
  /** Positive: receives; negative: pays. */
  readonly netCents: number;
}

interface Open {
  readonly id: string;
  /** Amount still to pay (debtor) or receive (creditor), > 0. */
  amount: number;
}

const byAmountThenId = (a: Open, b: Open): number => b.amount - a.amount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The exact match with the largest amount (ties: lower debtor id, then lower creditor id). */
function findExactMatch(debtors: readonly Open[], creditors: readonly Open[]): [Open, Open] | undefined {
  let best: [Open, Open] | undefined;
  for (const d of debtors) {
    if (d.amount === 0) continue;
    for (const c of creditors) {
      if (c.amount !== d.amount) continue;
      if (best === undefined || d.amount > best[0].amount) best = [d, c];
      break;
    }
  }
  return best;
}

export function planTransfers(positions: readonly NetPosition[]): Transfer[] {
  const seen = new Set<string>();
  let sum = 0;
  for (const p of positions) {
    if (!Number.isSafeInteger(p.netCents)) throw new SettlementInputError(`Net position is not whole cents: ${p.municipalityId}`);
    if (seen.has(p.municipalityId)) throw new SettlementInputError(`Duplicate municipality: ${p.municipalityId}`);
    seen.add(p.municipalityId);
    sum += p.netCents;
  }
  if (sum !== 0) throw new SettlementInputError(`Net positions must sum to zero, not ${sum}`);

  // Kept sorted (amount desc, id asc) so "first" means "largest" and ties are stable.
  const debtors: Open[] = positions.filter((p) => p.netCents < 0).map((p) => ({ id: p.municipalityId, amount: -p.netCents }));
  const creditors: Open[] = positions.filter((p) => p.netCents > 0).map((p) => ({ id: p.municipalityId, amount: p.netCents }));
  const transfers: Transfer[] = [];
  for (;;) {
    debtors.sort(byAmountThenId);
    creditors.sort(byAmountThenId);
    while (debtors.length > 0 && debtors[debtors.length - 1]!.amount === 0) debtors.pop();
    while (creditors.length > 0 && creditors[creditors.length - 1]!.amount === 0) creditors.pop();
    if (debtors.length === 0 || creditors.length === 0) break;
    const [debtor, creditor] = findExactMatch(debtors, creditors) ?? [debtors[0]!, creditors[0]!];
    const amount = Math.min(debtor.amount, creditor.amount);
    transfers.push({ fromId: debtor.id, toId: creditor.id, amountCents: amount });
    debtor.amount -= amount;
    creditor.amount -= amount;
  }
  return transfers.sort((a, b) => (a.fromId < b.fromId ? -1 : a.fromId > b.fromId ? 1 : a.toId < b.toId ? -1 : a.toId > b.toId ? 1 : 0));
}
