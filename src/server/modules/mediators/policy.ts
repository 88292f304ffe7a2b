import { hasRole, type Actor } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { MediatorAction } from '../../../contract/mediators.js';

export type { MediatorAction };

/** One mediator as the policy sees it. */
export interface MediatorTarget {
  poolId: string;
  /** The mediator's account; empty while the invitation is not accepted. */
  userId: string | null;
  municipalityId: string | null;
}

/** The pool's register as a whole: for listing and registering. */
export interface MediatorCollection {
  poolId: string;
}

export type MediatorObject = MediatorTarget | MediatorCollection;

const isTarget = (o: MediatorObject): o is MediatorTarget => 'userId' in o;
const isSelf = (actor: Actor, o: MediatorObject) => isTarget(o) && o.userId !== null && o.userId === actor.userId && hasRole(actor, 'mediator');

/**
 * Administrators and coordinators keep the registry. Everyone in the pool sees mediators' names,
 * municipalities, kind, status, specialisms and languages. A mediator reads their whole profile and
 * upkeep and keeps their own availability, languages and declared relationships. E-mail addresses
 * are visible to administrators, coordinators, the mediator and people of the same municipality.
 */
export const canMediator: Policy<MediatorAction, MediatorObject> = (actor, action, object) => {
  if (object.poolId !== actor.poolId) return false;
  const keeper = hasRole(actor, 'admin', 'coordinator');
  switch (action) {
    case 'list':
    case 'read':
      return actor.roles.length > 0;
    case 'read-contact-details':
      return keeper || isSelf(actor, object) || (isTarget(object) && object.municipalityId !== null && object.municipalityId === actor.municipalityId);
    case 'read-details':
    case 'read-private':
    case 'manage-availability':
    case 'manage-relationships':
      return keeper || isSelf(actor, object);
    case 'update-own':
    case 'read-own':
      return isSelf(actor, object);
    case 'create':
    case 'update':
    case 'change-status':
    case 'manage-upkeep':
    case 'wake-up':
      return keeper;
  }
};

/** Fields a mediator may change in their own profile (the rest is the coordinator's). */
export const OWN_PROFILE_FIELDS = ['languages', 'maxConcurrentCases', 'hoursPerMonth'] as const;
