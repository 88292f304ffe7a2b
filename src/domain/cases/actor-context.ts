import type { Role } from '../roles.js';

/**
 * Who is acting on a case, as far as the lifecycle cares: the user's roles plus their relation
 * to this one case (the server works the flags out from the case row). `system` is the
 * application itself: the matching module proposing a mediator, the consent module assigning
 * one once every consent is in. No person can act as `system`.
 */
export type ActorContext =
  | { readonly kind: 'system' }
  | {
      readonly kind: 'user';
      readonly roles: readonly Role[];
      /** The contact who referred this case. */
      readonly isCaseReferrer: boolean;
      /** An assigned mediator (or co-mediator) of this case. */
      readonly isAssignedMediator: boolean;
    };

export const SYSTEM_ACTOR: ActorContext = Object.freeze({ kind: 'system' });

export function userActor(
  roles: readonly Role[],
  relation: { isCaseReferrer?: boolean; isAssignedMediator?: boolean } = {},
): ActorContext {
  return {
    kind: 'user',
    roles,
    isCaseReferrer: relation.isCaseReferrer ?? false,
    isAssignedMediator: relation.isAssignedMediator ?? false,
  };
}

/**
 * The capacities a transition can name. A relationship counts only together with the matching
 * role, so a stale flag on a user who lost the role grants nothing.
 */
export type CaseCapacity = 'coordinator' | 'referrer' | 'assigned_mediator' | 'system';

export function hasCapacity(actor: ActorContext, capacity: CaseCapacity): boolean {
  if (actor.kind === 'system') return capacity === 'system';
  switch (capacity) {
    case 'coordinator':
      return actor.roles.includes('coordinator');
    case 'referrer':
      return actor.isCaseReferrer && actor.roles.includes('contact');
    case 'assigned_mediator':
      return actor.isAssignedMediator && actor.roles.includes('mediator');
    case 'system':
      return false;
  }
}
