import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { FrontDoorAction } from '../../../contract/front-door.js';

export type { FrontDoorAction };

/** The front door's report of a pool. */
export interface FrontDoorObject {
  poolId: string;
}

/**
 * The questionnaire, the advice, the self-referral and the status link are public (their use
 * cases say so and check the token or the rate limit instead). The report of anonymous route
 * counts is the pool's coordinators' and administrators', like the pool's other reports.
 */
export const canFrontDoor: Policy<FrontDoorAction, FrontDoorObject> = (actor, action, o) => {
  if (o.poolId !== actor.poolId) return false;
  switch (action) {
    case 'readReport':
      return hasRole(actor, 'coordinator', 'admin');
  }
};
