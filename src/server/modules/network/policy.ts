import type { Policy } from '../../auth/policy.js';
import type { NetworkAction } from '../../../contract/network.js';

export type { NetworkAction };

/** The account's pools (for the switcher), or the installation's pools (platform administration). */
export interface NetworkObject {
  /** How many pools the account belongs to, when known: switching needs more than one. */
  ownPools?: number;
}

/**
 * Everyone signed in sees the pools of their own account. Switching is a session's (an API token
 * stays bound to the pool it was made in). Listing and creating pools is the platform
 * administrator's, an installation-wide role beside the roles within a pool (ADR 0022).
 */
export const canNetwork: Policy<NetworkAction, NetworkObject> = (actor, action, object) => {
  switch (action) {
    case 'list-own-pools':
      return true;
    case 'switch-pool':
      return actor.via === 'session' && (object.ownPools === undefined || object.ownPools > 1);
    case 'list-pools':
    case 'create-pool':
      return actor.platformAdmin === true;
  }
};
