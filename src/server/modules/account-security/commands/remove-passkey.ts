import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canAccountSecurity } from '../policy.js';
import { loadOwnAccount } from '../own-state.js';
import { deletePasskey, findOwnPasskey } from '../repository.js';
import { lastFactorRequired } from '../problems.js';
import { forgetFactorsIfNoneLeft } from './forget-factors.js';

/** Removes one of one's passkeys (someone else's is not there: 404); not the last factor of someone who must have one. */
export async function removePasskey(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, passkeyId: string): Promise<void> {
  const passkey = await findOwnPasskey(trx, actor.userId, passkeyId);
  if (!passkey) throw notFound();
  const { object } = await loadOwnAccount(trx, actor);
  ensureCan(canAccountSecurity, actor, 'read-own', object);
  if (!canAccountSecurity(actor, 'remove-passkey', object)) throw lastFactorRequired();
  await deletePasskey(trx, actor.userId, passkeyId);
  await forgetFactorsIfNoneLeft(trx, actor.userId);
  await writeAudit(trx, ctx, { action: 'second-factor.passkey.remove', objectType: 'user', objectId: actor.userId, detail: { passkeyId, name: passkey.name } });
}
