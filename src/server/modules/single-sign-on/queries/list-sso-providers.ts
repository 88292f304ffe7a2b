import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { SSO_ACTIONS, type SsoProviderList } from '../../../../contract/single-sign-on.js';
import { canSingleSignOn } from '../policy.js';
import { listProviderRows } from '../repository.js';
import { callbackUrl, presentSsoProvider } from '../present-sso-provider.js';

/** The pool's providers (administrators). */
export async function listSsoProviders(db: Kysely<DB>, actor: Actor, baseUrl: string): Promise<SsoProviderList> {
  const pool = { poolId: actor.poolId };
  ensureCan(canSingleSignOn, actor, 'list', pool, 'collection');
  const rows = await listProviderRows(db, actor.poolId);
  return {
    items: rows.map((row) => presentSsoProvider(actor, row, baseUrl)),
    redirectUri: callbackUrl(baseUrl),
    allowedActions: allowedActions(canSingleSignOn, actor, pool, SSO_ACTIONS),
  };
}
