import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { PartnerPoolList } from '../../../../contract/lending.js';
import { canLending } from '../policy.js';
import { otherPools } from '../repository-agreement-use.js';

/** The pools an administrator may propose an agreement to: every other pool of the installation, by name (as the public directory shows them). */
export async function getPartnerPools(db: Kysely<DB>, actor: Actor): Promise<PartnerPoolList> {
  ensureCan(canLending, actor, 'propose', { poolId: actor.poolId }, 'collection');
  return { items: (await otherPools(db, actor.poolId)).map((p) => ({ id: p.id, name: p.name, agreement: Boolean(p.agreement) })) };
}
