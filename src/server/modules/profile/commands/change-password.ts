import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { hashPassword, verifyPassword } from '../../../auth/passwords.js';
import { beginPasswordCheck, passwordCheckSucceeded, waitInMinutes } from '../../../auth/password-throttle.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { invalidField, tooManyRequests } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PasswordChange } from '../../../../contract/profile.js';
import { canProfile } from '../policy.js';
import { endOtherSessions, findPasswordOf, setPasswordHash } from '../repository.js';

/**
 * Changes one's own password; other sessions of the account end, this one stays. The current
 * password is a password check like signing in: wrong ones count towards the same throttle (per
 * account and address), so a borrowed session cannot be used to guess it.
 */
export async function changePassword(db: Kysely<DB>, ctx: AuditContext, actor: Actor, input: PasswordChange & { ip: string }) {
  ensureCan(canProfile, actor, 'change-password', { userId: actor.userId });
  const user = await findPasswordOf(db, actor.userId);
  const attempt = { email: user.email.trim().toLowerCase(), ip: input.ip };
  const audit = { action: 'password.change', objectType: 'user', objectId: actor.userId } as const;

  const { wait, attemptId } = await beginPasswordCheck(db, attempt);
  if (attemptId === null) {
    await writeAudit(db, ctx, { ...audit, result: 'denied', detail: { reason: 'locked', limit: wait.limit } });
    throw tooManyRequests(
      `Te vaak een verkeerd huidig wachtwoord. Probeer het over ${waitInMinutes(wait.seconds)} opnieuw.`,
      wait.seconds,
      'too-many-password-attempts',
    );
  }
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    // Not in a transaction: the failed check (reserved above) must count although the request fails.
    await writeAudit(db, ctx, { ...audit, result: 'failure' });
    throw invalidField('currentPassword', 'wrong', 'Het huidige wachtwoord klopt niet.');
  }
  await passwordCheckSucceeded(db, attemptId);
  const problem = checkPassword(input.newPassword, user.email);
  if (problem) throw invalidField('newPassword', problem, passwordProblemText[problem]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, actor.userId, passwordHash);
    await endOtherSessions(trx, actor.userId, actor.sessionId);
    await writeAudit(trx, ctx, audit);
  });
}
