// policy: public (the single-use token from the mailed link is the key; there is no session)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { hashPassword } from '../../../auth/passwords.js';
import { sha256 } from '../../../auth/tokens.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { ProblemError, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { endAllSessions } from '../../users/index.js';
import { findUsableReset, markResetUsed, setPasswordHash } from '../repository.js';

const linkUnusable = () =>
  new ProblemError(404, 'reset-link-unusable', 'Link niet bruikbaar.', 'Deze link is onbekend, al gebruikt of verlopen. Vraag een nieuwe link aan.');

/** Sets a new password from a reset link and ends every session of that account. */
export async function resetPassword(trx: Kysely<DB>, ctx: AuditContext, input: { token: string; password: string }) {
  const reset = await findUsableReset(trx, sha256(input.token));
  if (!reset) throw linkUnusable();
  const problem = checkPassword(input.password, reset.email);
  if (problem) throw invalidField('password', problem, passwordProblemText[problem]);

  if (!(await markResetUsed(trx, reset.id))) throw linkUnusable();
  await setPasswordHash(trx, reset.user_id, await hashPassword(input.password));
  await endAllSessions(trx, reset.user_id);
  await writeAudit(trx, { ...ctx, poolId: reset.pool_id }, { action: 'password.reset', objectType: 'user', objectId: reset.user_id, actorLabel: reset.email });
}
