import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { DataSubjectAction, PersonKind } from '../../../contract/data-subjects.js';

export type { DataSubjectAction };

/** The pool searched, or one person in it (a party's rows or an account). */
export interface DataSubjectObject {
  poolId: string;
  kind?: PersonKind;
}

/**
 * The pool's administrators and coordinators answer access, correction and erasure requests
 * (they are the controller's hands in the pool). A party's details are corrected and erased here;
 * an account's are corrected by its holder (profile) or an administrator (users), so only
 * search and export apply to users and mediators.
 */
export const canDataSubject: Policy<DataSubjectAction, DataSubjectObject> = (actor, action, object) => {
  if (object.poolId !== actor.poolId || !hasRole(actor, 'admin', 'coordinator')) return false;
  if (action === 'correct' || action === 'erase') return object.kind === 'party';
  return true;
};
