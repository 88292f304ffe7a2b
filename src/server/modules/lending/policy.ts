import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { AgreementStatus, LendingAction } from '../../../contract/lending.js';

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
 * administrator confirms a proposed agreement (both administrators agree).
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
  }
};
