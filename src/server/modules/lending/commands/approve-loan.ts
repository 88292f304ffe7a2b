// policy: a step inside decide-loan.ts and request-loan.ts, which ask the lending policy first (approve, or the agreement's auto-approval)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { auditInPool } from '../audit-in-pool.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { conflict } from '../../../http/problem.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import {
  agreementRate,
  ensureMediatorMembership,
  findLoan,
  insertBorrowerProfile,
  insertStatusChange,
  lenderProfile,
  markDecided,
  profileInPool,
  reactivateProfile,
} from '../repository-loans.js';
import { loanApprovedMail, loanToMediatorMail } from '../loan-mail.js';

/**
 * Approves an asked loan (by the lending pool's coordinator, or by the agreement at once when it
 * says so), in the caller's transaction: the mediator becomes a member of the borrowing pool with
 * the mediator role (if not already) and gets a mediator profile there (active; kind,
 * specialisms, languages, register number and capacity copied from the lending pool's profile),
 * the loan is marked approved with that profile and the agreement's rate, both pools get an audit
 * row, and the borrowing coordinator and the mediator a mail. Guarded: a loan decided in the
 * meantime is a 409.
 */
export async function approveLoan(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, loanId: string, by: string, auto: boolean): Promise<void> {
  const loan = (await findLoan(trx, loanId))!;
  const today = todayInAmsterdam();
  const membership = await ensureMediatorMembership(trx, loan.pool_id, loan.mediator_user_id);
  let profile = await profileInPool(trx, loan.pool_id, loan.mediator_user_id);
  let profileMade = false;
  if (!profile) {
    const from = await lenderProfile(trx, loan.lender_profile_id);
    profile = { ...(await insertBorrowerProfile(trx, { poolId: loan.pool_id, userId: loan.mediator_user_id, today, from })), status: 'active' };
    await insertStatusChange(trx, { poolId: loan.pool_id, mediatorId: profile.id, today, by, note: `Uitgeleend door ${loan.lending_pool_name} voor zaak ${loan.case_number}` });
    profileMade = true;
  } else if (profile.status !== 'active') {
    await reactivateProfile(trx, profile.id, today);
    await insertStatusChange(trx, { poolId: loan.pool_id, mediatorId: profile.id, today, by, note: `Opnieuw uitgeleend door ${loan.lending_pool_name} voor zaak ${loan.case_number}` });
  }
  const { rate_cents: rateCents } = await agreementRate(trx, loan.agreement_id);
  if (!(await markDecided(trx, loanId, { status: 'approved', by, borrowerProfileId: profile.id, rateCents }))) {
    throw conflict('Over deze lening is intussen al beslist. Laad de pagina opnieuw.', 'loan-decided');
  }
  const detail = { caseId: loan.case_id, mediatorUserId: loan.mediator_user_id, borrowerProfileId: profile.id, rateCents, auto, membership, profileMade };
  for (const poolId of [loan.pool_id, loan.lender_pool_id]) {
    await writeAudit(trx, auditInPool(ctx, poolId), { action: 'lending-loan.approve', objectType: 'mediator-loan', objectId: loanId, detail });
  }
  const caseLink = `${baseUrl}/zaken/${loan.case_id}`;
  const pools = { borrowingPool: loan.borrowing_pool_name, lendingPool: loan.lending_pool_name, caseNumber: loan.case_number };
  await enqueueMail(trx, { poolId: loan.pool_id, kind: 'lending.loan-approved', to: loan.requested_by_email, ...loanApprovedMail({ name: loan.requested_by_name, mediator: loan.mediator_name, auto, link: caseLink, ...pools }) });
  await enqueueMail(trx, { poolId: loan.lender_pool_id, kind: 'lending.loan-approved', to: loan.mediator_email, ...loanToMediatorMail({ name: loan.mediator_name, link: `${baseUrl}/taken`, ...pools }) });
}
