import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { hashPassword, verifyPassword } from '../../../auth/passwords.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PasswordChange } from '../../../../contract/profile.js';
import { canProfile } from '../policy.js';
import { endOtherSessions, findPasswordOf, setPasswordHash } from '../repository.js';

/** Changes one's own password; other sessions of the account end, this one stays. */
export async function changePassword(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: PasswordChange) {
  ensureCan(canProfile, actor, 'change-password', { userId: actor.userId });
  const user = await findPasswordOf(trx, actor.userId);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw invalidField('currentPassword', 'wrong', 'Het huidige wachtwoord klopt niet.');
  }
  const problem = checkPassword(input.newPassword, user.email);
  if (problem) throw invalidField('newPassword', problem, passwordProblemText[problem]);
  await setPasswordHash(trx, actor.userId, await hashPassword(input.newPassword));
  await endOtherSessions(trx, actor.userId, actor.sessionId);
  await writeAudit(trx, ctx, { action: 'password.change', objectType: 'user', objectId: actor.userId });
}
