import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan, ensureCanRead } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { notFound } from '../../../http/problem.js';
import type { Loan, LoanList, LoanStatus } from '../../../../contract/lending.js';
import { WORK_SECTION_ITEMS, type WorkList } from '../../../../contract/workspace.js';
import { canLoan } from '../policy.js';
import { findLoan, loansOfPool, waitingRequests } from '../repository-loans.js';
import { presentLoan } from '../present-loan.js';

/** At most this many loans in the list (the asked ones first). */
const LIST_LIMIT = 200;

/** The pool's loans, lent out and borrowed, for its coordinators and administrators: the asked ones first. */
export async function listLoans(db: Kysely<DB>, ctx: AuditContext, actor: Actor, status?: LoanStatus): Promise<LoanList> {
  ensureCan(canLoan, actor, 'read', { borrowingPoolId: actor.poolId }, 'collection');
  const rows = await loansOfPool(db, actor.poolId, status, LIST_LIMIT);
  await writeAudit(db, ctx, { action: 'mediator-loan.list', objectType: 'pool', objectId: actor.poolId, purpose: 'uitlenen' });
  return { items: rows.map((r) => presentLoan(actor, r)) };
}

/**
 * For the start page ("Mijn werk"): the loan requests of partner pools that wait for the decision
 * of the actor's pool, longest waiting first, with the mediator asked and the borrowing pool. The
 * lending pool's coordinators decide (canLoan 'approve'); for anybody else the section is empty.
 */
export async function waitingLoanRequests(db: Kysely<DB>, actor: Actor): Promise<WorkList> {
  if (!canLoan(actor, 'approve', { borrowingPoolId: '', lenderPoolId: actor.poolId, status: 'requested' })) return { total: 0, totalCapped: false, items: [] };
  const { rows, counted } = await waitingRequests(db, actor.poolId, WORK_SECTION_ITEMS);
  return {
    ...counted,
    items: rows.map((r) => ({
      id: r.id,
      kind: 'loan' as const,
      caseId: null,
      title: r.mediator_name,
      detail: r.borrowing_pool_name,
      state: null,
      at: r.requested_at.toISOString(),
      atKind: 'since' as const,
    })),
  };
}

/** One loan, for a coordinator or administrator of either pool; anybody else: 404. */
export async function readLoan(db: Kysely<DB>, ctx: AuditContext | null, actor: Actor, loanId: string): Promise<Loan> {
  const row = await findLoan(db, loanId);
  if (!row) throw notFound();
  const object = { borrowingPoolId: row.pool_id, lenderPoolId: row.lender_pool_id, status: row.status };
  // After one's own request or decision (ctx null) the answer is no separate read.
  if (ctx) await ensureCanRead(db, ctx, canLoan, actor, 'read', object, { objectType: 'mediator-loan', objectId: loanId, purpose: 'uitlenen' });
  else ensureCan(canLoan, actor, 'read', object);
  return presentLoan(actor, row);
}
