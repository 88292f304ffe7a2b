import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { RecoveryCodes } from '../../../../contract/account-security.js';
import { canAccountSecurity } from '../policy.js';
import { factorCount, loadOwnAccount } from '../own-state.js';
import { replaceRecoveryCodes } from '../repository.js';
import { newRecoveryCodes } from '../secrets.js';

/** Ten new recovery codes, shown this once; the old ones stop working. Only with a second factor. */
export async function regenerateRecoveryCodes(trx: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<RecoveryCodes> {
  const { object } = await loadOwnAccount(trx, actor);
  ensureCan(canAccountSecurity, actor, 'read-own', object);
  if (factorCount(object) === 0) throw conflict('Herstelcodes horen bij een tweede factor: stel eerst een authenticator-app of passkey in.');
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(trx, actor.userId, codes.hashes);
  await writeAudit(trx, ctx, { action: 'second-factor.recovery-codes.regenerate', objectType: 'user', objectId: actor.userId });
  return { recoveryCodes: codes.shown };
}
