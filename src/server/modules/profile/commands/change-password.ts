import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { hashPassword, verifyPassword } from '../../../auth/passwords.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

/** Changes one's own password; other sessions of the account end, this one stays. */
export async function changePassword(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await trx.selectFrom('app_user').select(['password_hash', 'email']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw invalidField('currentPassword', 'wrong', 'Het huidige wachtwoord klopt niet.');
  }
  const problem = checkPassword(input.newPassword, user.email);
  if (problem) throw invalidField('newPassword', problem, passwordProblemText[problem]);
  await trx.updateTable('app_user').set({ password_hash: await hashPassword(input.newPassword), updated_at: new Date() }).where('id', '=', actor.userId).execute();
  let others = trx.deleteFrom('user_session').where('user_id', '=', actor.userId);
  if (actor.sessionId) others = others.where('id', '!=', actor.sessionId);
  await others.execute();
  await writeAudit(trx, ctx, { action: 'password.change', objectType: 'user', objectId: actor.userId });
}
