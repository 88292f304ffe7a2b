import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { ApiTokenList } from '../../../../contract/profile.js';
import { canProfile } from '../policy.js';
import { listTokens } from '../repository.js';
import { presentToken } from '../present-token.js';

/** One's own API tokens, newest first, revoked ones included. */
export async function listApiTokens(db: Kysely<DB>, actor: Actor): Promise<ApiTokenList> {
  ensureCan(canProfile, actor, 'list-tokens', { userId: actor.userId }, 'collection');
  return { items: (await listTokens(db, actor.userId)).map((t) => presentToken(actor, t)) };
}
