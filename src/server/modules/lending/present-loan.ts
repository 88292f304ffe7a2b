import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { LOAN_ACTIONS, type Loan, type LoanAction } from '../../../contract/lending.js';
import type { CaseType } from '../../../domain/cases/case-vocabulary.js';
import { canLoan } from './policy.js';
import type { LoanRow } from './repository-loans.js';

/** A loan as the actor's pool sees it: the case by number and type only, the mediator by name and municipality. */
export function presentLoan(actor: Actor, r: LoanRow): Loan {
  const object = { borrowingPoolId: r.pool_id, lenderPoolId: r.lender_pool_id, status: r.status, mediatorEngaged: r.mediator_engaged };
  return {
    id: r.id,
    direction: r.pool_id === actor.poolId ? 'in' : 'out',
    status: r.status,
    borrowingPool: { id: r.pool_id, name: r.borrowing_pool_name },
    lendingPool: { id: r.lender_pool_id, name: r.lending_pool_name },
    mediator: { name: r.mediator_name, municipality: r.mediator_municipality ?? 'onbekende gemeente' },
    case: { id: r.case_id, number: r.case_number, caseType: r.case_type as CaseType },
    borrowerProfileId: r.pool_id === actor.poolId ? r.borrower_profile_id : null,
    rateCents: r.rate_cents,
    requestedBy: r.requested_by_name,
    requestedAt: r.requested_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    refusalReason: r.refusal_reason,
    allowedActions: allowedActions(canLoan, actor, object, LOAN_ACTIONS).filter((a): a is LoanAction => a !== 'requestLoan'),
  };
}
