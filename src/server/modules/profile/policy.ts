import type { Policy } from '../../auth/policy.js';
import type { ProfileAction } from '../../../contract/profile.js';

export type { ProfileAction };

/** The account whose profile, password or tokens are at stake (a token names its owner). */
export interface ProfileObject {
  userId: string;
}

/** Everyone manages their own profile, password and API tokens, and nobody else's. */
export const canProfile: Policy<ProfileAction, ProfileObject> = (actor, _action, object) => object.userId === actor.userId;
