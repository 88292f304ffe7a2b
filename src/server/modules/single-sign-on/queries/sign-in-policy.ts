import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { SSO_ACTIONS, type SignInOptions, type SignInPolicy } from '../../../../contract/single-sign-on.js';
import { canSingleSignOn } from '../policy.js';
import { listEnabledProviders, passwordSignInOf } from '../repository.js';

/** Whether the actor's pool accepts passwords (administrators). */
export async function getSignInPolicy(db: Kysely<DB>, actor: Actor): Promise<SignInPolicy> {
  const pool = { poolId: actor.poolId };
  ensureCan(canSingleSignOn, actor, 'read', pool, 'collection');
  return { passwordSignIn: await passwordSignInOf(db, actor.poolId), allowedActions: allowedActions(canSingleSignOn, actor, pool, SSO_ACTIONS) };
}

// policy: public (the sign-in page's buttons: a label and an id per enabled provider, nothing else)
export async function listSignInOptions(db: Kysely<DB>): Promise<SignInOptions> {
  return { providers: await listEnabledProviders(db) };
}

// policy: public (asked by the password sign-in after the password was checked; no actor yet)
export const passwordSignInAllowed = (db: Kysely<DB>, poolId: string) => passwordSignInOf(db, poolId);
