import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { auditInPool } from '../audit-in-pool.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { conflict, notFound } from '../../../http/problem.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { canLoan } from '../policy.js';
import { coordinatorsOfPool, findLoan, findLoanForUpdate, markWithdrawn } from '../repository-loans.js';
import { loanWithdrawnMail } from '../loan-mail.js';

const movedOn = () => conflict('Deze lening is intussen veranderd (goedgekeurd, afgewezen of ingetrokken). Laad de pagina opnieuw.', 'loan-state-changed');

/**
 * The borrowing pool's coordinator withdraws a loan: a request that still waits for the lending
 * pool, or an approved loan whose mediator is in no open or assigned proposal on the case and not
 * on it (a proposal is withdrawn in matching first: it may hold a co-mediator and the parties'
 * consents, so it is not undone as a side effect here; 409 `loan-mediator-proposed`). `seen` is
 * the state the coordinator saw and confirmed; when the loan has moved on since, nothing changes
 * (409 `loan-state-changed`). The case is locked before the loan, so a proposal made meanwhile
 * (matching locks the case) is seen. Audited in both pools; the lending pool's coordinators get a
 * mail, and for an approved loan the mediator as well (she was told she would be proposed). The
 * mediator's membership and profile in the borrowing pool stay (as after any loan); without an
 * approved loan for a case, matching proposes her nowhere. Another pool's loan: 404; the lending
 * side or another role: 403.
 */
export async function withdrawLoan(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, actor: Actor, loanId: string, seen: 'requested' | 'approved'): Promise<void> {
  const first = await findLoan(trx, loanId);
  if (!first) throw notFound();
  const object = { borrowingPoolId: first.pool_id, lenderPoolId: first.lender_pool_id, status: first.status, mediatorEngaged: first.mediator_engaged };
  ensureCan(canLoan, actor, 'read', object);
  ensureCan(canLoan, actor, 'withdraw', { ...object, status: 'requested' }, 'collection');
  await loadCaseForActor(trx, actor, first.case_id, { forUpdate: true });
  await findLoanForUpdate(trx, loanId);
  const loan = (await findLoan(trx, loanId))!;
  if (loan.status !== seen) throw movedOn();
  if (loan.status === 'approved' && loan.mediator_engaged) {
    throw conflict(
      `${loan.mediator_name} is voorgesteld op zaak ${loan.case_number} of werkt eraan. Trek eerst het voorstel in op de zaak; daarna kunt u de lening intrekken.`,
      'loan-mediator-proposed',
    );
  }
  if (!(await markWithdrawn(trx, loanId, seen))) throw movedOn();
  const detail = { caseId: loan.case_id, mediatorUserId: loan.mediator_user_id, was: seen };
  for (const poolId of [loan.pool_id, loan.lender_pool_id]) {
    await writeAudit(trx, auditInPool(ctx, poolId), { action: 'lending-loan.withdraw', objectType: 'mediator-loan', objectId: loanId, detail });
  }
  const facts = { borrowingPool: loan.borrowing_pool_name, lendingPool: loan.lending_pool_name, mediator: loan.mediator_name, caseNumber: loan.case_number, by: actor.name, wasApproved: seen === 'approved' };
  for (const c of await coordinatorsOfPool(trx, loan.lender_pool_id)) {
    const mail = loanWithdrawnMail({ name: c.name, link: `${baseUrl}/uitlenen/verzoeken`, sign: loan.borrowing_pool_name, ...facts });
    await enqueueMail(trx, { poolId: loan.lender_pool_id, kind: 'lending.loan-withdrawn', to: c.email, ...mail });
  }
  if (seen === 'approved') {
    const mail = loanWithdrawnMail({ name: loan.mediator_name, toMediator: true, link: `${baseUrl}/taken`, sign: loan.borrowing_pool_name, ...facts });
    await enqueueMail(trx, { poolId: loan.lender_pool_id, kind: 'lending.loan-withdrawn', to: loan.mediator_email, ...mail });
  }
}
