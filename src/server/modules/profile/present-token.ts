import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { API_TOKEN_ACTIONS, type ApiToken } from '../../../contract/profile.js';
import { canProfile } from './policy.js';

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** One of the actor's own tokens, with what they may do with it now. */
export const presentToken = (actor: Actor, t: TokenRow): ApiToken => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.created_at.toISOString(),
  lastUsedAt: t.last_used_at?.toISOString() ?? null,
  revokedAt: t.revoked_at?.toISOString() ?? null,
  allowedActions: allowedActions(canProfile, actor, { userId: actor.userId, revoked: t.revoked_at !== null }, API_TOKEN_ACTIONS),
});
