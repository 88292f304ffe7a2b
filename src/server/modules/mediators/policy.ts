import { hasRole, type Actor } from '../../auth/actor.js';

export type MediatorAction =
  | 'list'
  | 'read'
  | 'read-contact-details'
  | 'read-details'
  | 'create'
  | 'update'
  | 'update-own'
  | 'read-own'
  | 'change-status'
  | 'read-private'
  | 'manage-availability'
  | 'manage-relationships'
  | 'manage-upkeep'
  | 'wake-up';

export interface MediatorTarget {
  poolId: string;
  /** The mediator's account; empty while the invitation is not accepted. */
  userId: string | null;
  municipalityId: string | null;
}

const isSelf = (actor: Actor, t?: MediatorTarget) => t !== undefined && t.userId !== null && t.userId === actor.userId && hasRole(actor, 'mediator');

/**
 * Administrators and coordinators keep the registry. Everyone in the pool sees mediators' names,
 * municipalities, kind, status, specialisms and languages. A mediator reads their whole profile and
 * upkeep and keeps their own availability, languages and declared relationships. E-mail addresses
 * are visible to administrators, coordinators, the mediator and people of the same municipality.
 */
export function canMediator(actor: Actor, action: MediatorAction, target?: MediatorTarget): boolean {
  if (target && target.poolId !== actor.poolId) return false;
  const keeper = hasRole(actor, 'admin', 'coordinator');
  switch (action) {
    case 'list':
    case 'read':
      return actor.roles.length > 0;
    case 'read-contact-details':
      return keeper || isSelf(actor, target) || (target?.municipalityId != null && target.municipalityId === actor.municipalityId);
    case 'read-details':
    case 'read-private':
    case 'manage-availability':
    case 'manage-relationships':
      return keeper || isSelf(actor, target);
    case 'update-own':
    case 'read-own':
      return isSelf(actor, target);
    case 'create':
    case 'update':
    case 'change-status':
    case 'manage-upkeep':
    case 'wake-up':
      return keeper;
  }
}

/** Fields a mediator may change in their own profile (the rest is the coordinator's). */
export const OWN_PROFILE_FIELDS = ['languages', 'maxConcurrentCases', 'hoursPerMonth'] as const;
