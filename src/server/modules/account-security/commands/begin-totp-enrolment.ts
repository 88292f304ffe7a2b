import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { TotpEnrolment } from '../../../../contract/account-security.js';
import { canAccountSecurity } from '../policy.js';
import { loadOwnAccount } from '../own-state.js';
import { upsertUnconfirmedTotp } from '../repository.js';
import { encryptTotpSecret, newTotpSecret, totpEnrolmentData } from '../secrets.js';

/**
 * Starts setting up an authenticator app: a new secret, stored encrypted and unconfirmed (it
 * counts once a first code from the app is right), shown this once as a QR code and a key.
 */
export async function beginTotpEnrolment(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, serverSecret: string): Promise<TotpEnrolment> {
  const { object } = await loadOwnAccount(trx, actor);
  ensureCan(canAccountSecurity, actor, 'read-own', object);
  if (object.totp) throw conflict('Er is al een authenticator-app ingesteld. Verwijder die eerst om een andere in te stellen.');
  const secret = newTotpSecret();
  if (!(await upsertUnconfirmedTotp(trx, actor.userId, encryptTotpSecret(secret, serverSecret)))) {
    throw conflict('Er is al een authenticator-app ingesteld. Verwijder die eerst om een andere in te stellen.');
  }
  await writeAudit(trx, ctx, { action: 'second-factor.totp.begin', objectType: 'user', objectId: actor.userId });
  return totpEnrolmentData(secret, 'Mediatorpool', actor.email);
}
