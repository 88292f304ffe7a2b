import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ProfileChanges } from '../../../../contract/profile.js';
import type { User } from '../../../../contract/users.js';
import { findUser, presentUser } from '../../users/index.js';
import { canProfile } from '../policy.js';
import { updateOwnAccount } from '../repository.js';

/** Changes one's own name or language; answers the account as it is now. */
export async function updateProfile(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, changes: ProfileChanges): Promise<User> {
  ensureCan(canProfile, actor, 'update', { userId: actor.userId });
  const { name, locale } = changes;
  if (name !== undefined || locale !== undefined) {
    await updateOwnAccount(trx, actor.userId, { ...(name !== undefined ? { name: name.trim() } : {}), ...(locale ? { locale } : {}) });
    await writeAudit(trx, ctx, { action: 'profile.update', objectType: 'user', objectId: actor.userId, detail: changes });
  }
  return presentUser((await findUser(trx, actor.poolId, actor.userId))!);
}
