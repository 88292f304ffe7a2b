import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { canSingleSignOn } from '../policy.js';
import { findProvider, type ProviderRow } from '../repository.js';
import { presentSsoProvider } from '../present-sso-provider.js';

/** A provider of the actor's pool, or 404 (another pool's provider does not exist for them). */
export async function loadProviderFor(db: Kysely<DB>, actor: Actor, providerId: string): Promise<ProviderRow> {
  const row = await findProvider(db, providerId);
  if (!row) throw notFound();
  ensureCan(canSingleSignOn, actor, 'read', { poolId: row.pool_id });
  return row;
}

export async function getSsoProvider(db: Kysely<DB>, actor: Actor, providerId: string, baseUrl: string) {
  return presentSsoProvider(actor, await loadProviderFor(db, actor, providerId), baseUrl);
}
