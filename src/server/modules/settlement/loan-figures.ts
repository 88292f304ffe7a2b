import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { LoanFigures, LoanLine } from '../../../contract/settlement.js';
import { lenderPeriod, loanLines, unsettledMinutes, type LoanMinutes } from '../../../domain/lending/loan-settlement.js';
import type { PeriodKind } from '../../../domain/settlement/index.js';
import { finalSettlementPeriods, loanFacts, unsettledLentEntries } from './repository/index.js';

/** What a lending pool's final settlement settles of one hour entry of a loan (stored at finalisation). */
export interface LentClaim {
  loanId: string;
  hourEntryId: string;
  minutes: number;
}

interface PeriodOf {
  pool_id: string;
  period_kind: PeriodKind;
  period_start: string;
  period_end: string;
}

/**
 * The lent hours of one settlement, apart from the netting between municipalities (ADR 0022):
 * - borrowed: the approved hours of this period (the borrowing pool's own period rule) worked on
 *   loan, per loan at its rate; this pool owes them to the lending pool;
 * - lent: hours of this pool's mediators approved in other pools that its final settlements have
 *   not settled yet, each in this pool's period of the entry's period start (or its next open
 *   one); this pool receives them. A change after settling (an approval taken back, a correction)
 *   is settled as the difference.
 * Null when there are none, so figures without loans keep their exact shape and hash.
 */
export async function loanFigures(db: Kysely<DB>, s: PeriodOf, borrowed: readonly LoanMinutes[]): Promise<{ loans: LoanFigures | null; claims: LentClaim[] }> {
  const unsettled = await unsettledLentEntries(db, s.pool_id);
  const claims: LentClaim[] = [];
  if (unsettled.length > 0) {
    const finals = await finalSettlementPeriods(db, s.pool_id);
    for (const e of unsettled) {
      const minutes = unsettledMinutes(e.approved_minutes, e.settled_minutes);
      // Approved: the period of its approval in the borrowing pool; taken back: after the settlement that settled it.
      const date = e.approved_minutes !== 0 ? e.period_start : e.last_settled_start;
      if (minutes === 0 || date === null) continue;
      const period = lenderPeriod(s.period_kind, date, finals);
      if (period.start >= s.period_start && period.start <= s.period_end) claims.push({ loanId: e.loan_id, hourEntryId: e.id, minutes });
    }
  }
  if (borrowed.length === 0 && claims.length === 0) return { loans: null, claims };

  const facts = await loanFacts(db, [...new Set([...borrowed.map((b) => b.loanId), ...claims.map((c) => c.loanId)])]);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const terms = new Map(facts.map((f) => [f.id, { rateCents: f.rate_cents }]));
  const order = new Map(facts.map((f, i) => [f.id, i]));
  const line = (direction: LoanLine['direction']) => (l: ReturnType<typeof loanLines>[number]): LoanLine[] => {
    const f = byId.get(l.loanId);
    if (!f) return [];
    return [
      {
        direction,
        partnerPool: direction === 'borrowed' ? { id: f.lender_pool_id, name: f.lender_name } : { id: f.pool_id, name: f.borrower_name },
        caseNumber: f.case_number,
        mediatorName: f.mediator_name,
        municipalityId: direction === 'borrowed' ? f.requesting_municipality_id : f.lender_municipality_id,
        minutes: l.minutes,
        rateCents: l.rateCents,
        amountCents: l.amountCents,
      },
    ];
  };
  const byCase = (a: { loanId: string }, b: { loanId: string }) => (order.get(a.loanId) ?? 0) - (order.get(b.loanId) ?? 0);
  const lines = [
    ...loanLines(borrowed, terms).sort(byCase).flatMap(line('borrowed')),
    ...loanLines(
      claims.map((c) => ({ loanId: c.loanId, minutes: c.minutes })),
      terms,
    )
      .sort(byCase)
      .flatMap(line('lent')),
  ];
  if (lines.length === 0) return { loans: null, claims };

  const perPool = new Map<string, LoanFigures['perPool'][number]>();
  for (const l of lines) {
    const p = perPool.get(l.partnerPool.id) ?? { pool: l.partnerPool, owedCents: 0, receivableCents: 0, netCents: 0 };
    if (l.direction === 'borrowed') p.owedCents += l.amountCents;
    else p.receivableCents += l.amountCents;
    p.netCents = p.receivableCents - p.owedCents;
    perPool.set(l.partnerPool.id, p);
  }
  const sum = (d: LoanLine['direction'], pick: (l: LoanLine) => number) => lines.filter((l) => l.direction === d).reduce((n, l) => n + pick(l), 0);
  return {
    loans: {
      lines,
      borrowedMinutes: sum('borrowed', (l) => l.minutes),
      lentMinutes: sum('lent', (l) => l.minutes),
      owedCents: sum('borrowed', (l) => l.amountCents),
      receivableCents: sum('lent', (l) => l.amountCents),
      perPool: [...perPool.values()].sort((a, b) => a.pool.name.localeCompare(b.pool.name, 'nl') || (a.pool.id < b.pool.id ? -1 : 1)),
    },
    claims,
  };
}
