import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canAccountSecurity } from '../policy.js';
import { loadOwnAccount } from '../own-state.js';
import { deleteTotp } from '../repository.js';
import { lastFactorRequired } from '../problems.js';
import { forgetFactorsIfNoneLeft } from './forget-factors.js';

/** Removes one's authenticator app; not the last factor of someone who must have one. */
export async function removeTotp(trx: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<void> {
  const { object, totp } = await loadOwnAccount(trx, actor);
  ensureCan(canAccountSecurity, actor, 'read-own', object);
  if (!totp) throw notFound();
  if (object.totp && !canAccountSecurity(actor, 'remove-totp', object)) throw lastFactorRequired();
  await deleteTotp(trx, actor.userId);
  await forgetFactorsIfNoneLeft(trx, actor.userId);
  await writeAudit(trx, ctx, { action: 'second-factor.totp.remove', objectType: 'user', objectId: actor.userId });
}
