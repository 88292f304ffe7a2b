import type { Policy } from '../../auth/policy.js';
import type { ProfileAction } from '../../../contract/profile.js';

export type { ProfileAction };

/**
 * The account whose profile, password or tokens are at stake (a token names its owner and, when
 * known, whether it is revoked already).
 */
export interface ProfileObject {
  userId: string;
  revoked?: boolean;
}

/**
 * Everyone manages their own profile, password and API tokens, and nobody else's. Revoking a token
 * that is revoked already changes nothing, so it is not offered.
 */
export const canProfile: Policy<ProfileAction, ProfileObject> = (actor, action, object) => {
  if (object.userId !== actor.userId) return false;
  return action === 'revoke-token' && object.revoked !== undefined ? !object.revoked : true;
};
