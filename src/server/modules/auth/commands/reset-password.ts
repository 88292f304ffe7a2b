import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { hashPassword } from '../../../auth/passwords.js';
import { sha256 } from '../../../auth/tokens.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { ProblemError, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

const linkUnusable = () =>
  new ProblemError(404, 'reset-link-unusable', 'Link niet bruikbaar.', 'Deze link is onbekend, al gebruikt of verlopen. Vraag een nieuwe link aan.');

/** Sets a new password from a reset link and ends every session of that account. */
export async function resetPassword(trx: Kysely<DB>, ctx: AuditContext, input: { token: string; password: string }) {
  const reset = await trx
    .selectFrom('password_reset as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'u.email', 'u.pool_id'])
    .where('r.token_hash', '=', sha256(input.token))
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', new Date())
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!reset) throw linkUnusable();
  const problem = checkPassword(input.password, reset.email);
  if (problem) throw invalidField('password', problem, passwordProblemText[problem]);

  const used = await trx.updateTable('password_reset').set({ used_at: new Date() }).where('id', '=', reset.id).where('used_at', 'is', null).executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw linkUnusable();
  await trx.updateTable('app_user').set({ password_hash: await hashPassword(input.password), updated_at: new Date() }).where('id', '=', reset.user_id).execute();
  await trx.deleteFrom('user_session').where('user_id', '=', reset.user_id).execute();
  await writeAudit(trx, { ...ctx, poolId: reset.pool_id }, { action: 'password.reset', objectType: 'user', objectId: reset.user_id, actorLabel: reset.email });
}
