import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { auditInPool } from '../audit-in-pool.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { canLoan } from '../policy.js';
import { findLoan, findLoanForUpdate, markDecided } from '../repository-loans.js';
import { loanRefusedMail } from '../loan-mail.js';
import { approveLoan } from './approve-loan.js';

export type LoanDecision = { approve: true } | { approve: false; reason: string };

/**
 * The lending pool's coordinator approves an asked loan (approve-loan.ts) or refuses it with a
 * reason (the borrowing coordinator gets a mail). A loan of neither of the actor's pools: 404; the
 * borrowing side or another role: 403; decided already: 409; an empty reason: 400.
 */
export async function decideLoan(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, actor: Actor, loanId: string, decision: LoanDecision): Promise<void> {
  const locked = await findLoanForUpdate(trx, loanId);
  if (!locked) throw notFound();
  const object = { borrowingPoolId: locked.pool_id, lenderPoolId: locked.lender_pool_id, status: locked.status };
  ensureCan(canLoan, actor, 'read', object);
  ensureCan(canLoan, actor, 'approve', { ...object, status: 'requested' }, 'collection');
  if (locked.status !== 'requested') throw conflict('Over deze lening is al beslist. Laad de pagina opnieuw.', 'loan-decided');
  if (decision.approve) {
    await approveLoan(trx, ctx, baseUrl, loanId, actor.userId, false);
    return;
  }
  const reason = decision.reason.trim();
  if (reason === '') throw invalidField('reason', 'required', 'Geef een reden voor de afwijzing.');
  if (!(await markDecided(trx, loanId, { status: 'refused', by: actor.userId, reason }))) throw conflict('Over deze lening is al beslist. Laad de pagina opnieuw.', 'loan-decided');
  for (const poolId of [locked.pool_id, locked.lender_pool_id]) {
    await writeAudit(trx, auditInPool(ctx, poolId), { action: 'lending-loan.refuse', objectType: 'mediator-loan', objectId: loanId, detail: { reason } });
  }
  const loan = (await findLoan(trx, loanId))!;
  const mail = loanRefusedMail({
    name: loan.requested_by_name,
    borrowingPool: loan.borrowing_pool_name,
    lendingPool: loan.lending_pool_name,
    mediator: loan.mediator_name,
    caseNumber: loan.case_number,
    reason,
    link: `${baseUrl}/zaken/${loan.case_id}`,
  });
  await enqueueMail(trx, { poolId: loan.pool_id, kind: 'lending.loan-refused', to: loan.requested_by_email, ...mail });
}
