import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { passwordResetMail } from '../../../mail/templates/password-reset-mail.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

export const RESET_MINUTES = 60;
const MAX_REQUESTS_PER_HOUR = 5;

/**
 * Mails a reset link when the address belongs to an active account. The caller always gets the
 * same answer, so the endpoint does not reveal which addresses have an account.
 */
export async function requestPasswordReset(trx: Kysely<DB>, ctx: AuditContext, input: { email: string; baseUrl: string }) {
  const user = await trx
    .selectFrom('app_user as u')
    .innerJoin('pool as p', 'p.id', 'u.pool_id')
    .select(['u.id', 'u.name', 'u.email', 'u.pool_id', 'p.name as pool_name'])
    .where(sql`lower(u.email)`, '=', input.email.trim().toLowerCase())
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!user) return;

  // A cap per account keeps the endpoint from being used to flood someone's mailbox.
  const recent = await trx
    .selectFrom('password_reset')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', user.id)
    .where('created_at', '>', new Date(Date.now() - 3600_000))
    .executeTakeFirstOrThrow();
  if (recent.n >= MAX_REQUESTS_PER_HOUR) return;

  const token = randomToken();
  const expiresAt = new Date(Date.now() + RESET_MINUTES * 60_000);
  await trx.insertInto('password_reset').values({ user_id: user.id, token_hash: sha256(token), expires_at: expiresAt }).execute();
  const mail = passwordResetMail({ name: user.name, poolName: user.pool_name, link: `${input.baseUrl}/wachtwoord-herstellen/${token}`, expiresAt });
  await enqueueMail(trx, { poolId: user.pool_id, kind: 'password-reset', to: user.email, ...mail });
  await writeAudit(trx, { ...ctx, poolId: user.pool_id }, {
    action: 'password.reset-request',
    objectType: 'user',
    objectId: user.id,
    actorLabel: user.email,
  });
}
