import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { AgreementStatus, LendingAction, LoanAction, LoanStatus } from '../../../contract/lending.js';

export type { LendingAction };

/** The actor's pool's lending agreements, or one agreement: its two pools and its state. */
export interface LendingObject {
  poolId?: string;
  proposerPoolId?: string;
  partnerPoolId?: string;
  status?: AgreementStatus;
}

/**
 * An agreement is seen by administrators, coordinators and finance of its two pools (nobody
 * else learns it exists: 404). The administrator of a pool proposes; the partner pool's
 * administrator confirms a proposed agreement (both administrators agree). Either administrator
 * ends an agreement (or withdraws a proposal).
 */
export const canLending: Policy<LendingAction, LendingObject> = (actor, action, o) => {
  const ours = o.poolId !== undefined ? o.poolId === actor.poolId : o.proposerPoolId === actor.poolId || o.partnerPoolId === actor.poolId;
  if (!ours) return false;
  switch (action) {
    case 'list':
      return hasRole(actor, 'admin', 'coordinator', 'finance');
    case 'propose':
      return hasRole(actor, 'admin');
    case 'confirm':
      return hasRole(actor, 'admin') && o.partnerPoolId === actor.poolId && (o.status === undefined || o.status === 'proposed');
    case 'end':
      // Either pool's administrator ends it (or withdraws a proposal); loans approved under it keep their terms.
      return hasRole(actor, 'admin') && o.status !== 'ended';
  }
};

/** A loan, or the loans of a case (`caseStatus`) or of the actor's pool. */
export interface LoanObject {
  /** The borrowing pool (the case's). */
  borrowingPoolId: string;
  /** The lending pool; absent for a case's partner candidates. */
  lenderPoolId?: string;
  status?: LoanStatus;
  caseStatus?: string;
  /** Whether the lent mediator is in an open or assigned proposal on the loan's case, or on the case (an approved loan). */
  mediatorEngaged?: boolean;
}

/**
 * Loans are the coordinators' work: the borrowing pool's coordinator sees a case's partner
 * candidates and asks a loan while the case is in `matching`; the lending pool's coordinator
 * approves or refuses an asked loan. The borrowing pool's coordinator withdraws a loan request that
 * still waits, or an approved loan whose mediator is not proposed on the case (a proposal is
 * matching's: it is withdrawn there first). Both pools' coordinators and administrators see the
 * loan; anybody else learns nothing (404).
 */
export const canLoan: Policy<LoanAction | 'read', LoanObject> = (actor, action, o) => {
  const borrowing = o.borrowingPoolId === actor.poolId;
  const lending = o.lenderPoolId !== undefined && o.lenderPoolId === actor.poolId;
  if (!borrowing && !lending) return false;
  switch (action) {
    case 'read':
      return hasRole(actor, 'coordinator', 'admin');
    case 'requestLoan':
      return borrowing && hasRole(actor, 'coordinator') && (o.caseStatus === undefined || o.caseStatus === 'matching');
    case 'approve':
    case 'refuse':
      return lending && hasRole(actor, 'coordinator') && o.status === 'requested';
    case 'withdraw':
      return borrowing && hasRole(actor, 'coordinator') && (o.status === 'requested' || (o.status === 'approved' && o.mediatorEngaged === false));
  }
};
