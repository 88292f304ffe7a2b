// policy: public (someone who forgot their password has no session; the mailbox is the check)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { passwordResetMail } from '../../../mail/templates/password-reset-mail.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { poolName } from '../../pool/index.js';
import { countResetsSince, findActiveAccountByEmail, insertPasswordReset } from '../repository.js';

export const RESET_MINUTES = 60;
const MAX_REQUESTS_PER_HOUR = 5;

/**
 * Mails a reset link when the address belongs to an active account. The caller always gets the
 * same answer, so the endpoint does not reveal which addresses have an account.
 */
export async function requestPasswordReset(trx: Kysely<DB>, ctx: AuditContext, input: { email: string; baseUrl: string }) {
  const user = await findActiveAccountByEmail(trx, input.email.trim().toLowerCase());
  if (!user) return;

  // A cap per account keeps the endpoint from being used to flood someone's mailbox.
  if ((await countResetsSince(trx, user.id, new Date(Date.now() - 3600_000))) >= MAX_REQUESTS_PER_HOUR) return;

  const token = randomToken();
  const expiresAt = new Date(Date.now() + RESET_MINUTES * 60_000);
  await insertPasswordReset(trx, { userId: user.id, tokenHash: sha256(token), expiresAt });
  const mail = passwordResetMail({
    name: user.name,
    poolName: await poolName(trx, user.pool_id),
    link: `${input.baseUrl}/wachtwoord-herstellen/${token}`,
    expiresAt,
  });
  await enqueueMail(trx, { poolId: user.pool_id, kind: 'password-reset', to: user.email, ...mail });
  await writeAudit(trx, { ...ctx, poolId: user.pool_id }, {
    action: 'password.reset-request',
    objectType: 'user',
    objectId: user.id,
    actorLabel: user.email,
  });
}
