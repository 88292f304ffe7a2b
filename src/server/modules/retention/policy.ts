import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { RetentionAction } from '../../../contract/retention.js';

export type { RetentionAction };

/** The pool's terms, or its destruction lists, or one list (with its status). */
export interface RetentionObject {
  poolId: string;
  status?: 'proposed' | 'destroyed';
}

/**
 * Administrators and coordinators read and set the pool's terms and see its destruction lists; a
 * coordinator proposes, reviews and approves a list (as a municipal archive has its lists
 * approved), and only while it is a proposal: an approved list is a record and never changes.
 */
export const canRetention: Policy<RetentionAction, RetentionObject> = (actor, action, object) => {
  if (object.poolId !== actor.poolId) return false;
  switch (action) {
    case 'read-terms':
    case 'update-terms':
    case 'list':
    case 'read':
      return hasRole(actor, 'admin', 'coordinator');
    case 'propose':
      return hasRole(actor, 'coordinator');
    case 'review':
    case 'approve':
      return hasRole(actor, 'coordinator') && object.status === 'proposed';
  }
};
