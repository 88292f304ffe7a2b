import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { DIRECTORY_ACTIONS, type PoolPublicPage } from '../../../../contract/directory.js';
import { loadPoolContact, poolName } from '../../pool/index.js';
import { canDirectory, poolTextOf } from '../policy.js';
import { findPoolText } from '../repository.js';

/** The actor's pool's public page as its editor sees it: the pool's own words, the contact (from the settings) and the version. */
export async function getPoolPublicPage(db: Kysely<DB>, actor: Actor): Promise<PoolPublicPage> {
  const object = poolTextOf(actor.poolId);
  ensureCan(canDirectory, actor, 'read-pool-text', object, 'collection');
  const [text, contact, name] = await Promise.all([findPoolText(db, actor.poolId), loadPoolContact(db, actor.poolId), poolName(db, actor.poolId)]);
  return {
    poolId: actor.poolId,
    poolName: name,
    description: text?.description ?? '',
    howToAsk: text?.how_to_ask ?? '',
    contactEmail: contact.email,
    contactPhone: contact.phone,
    version: text?.version ?? 0,
    updatedAt: text ? text.updated_at.toISOString() : null,
    allowedActions: allowedActions(canDirectory, actor, object, DIRECTORY_ACTIONS),
  };
}
