import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canMailOutbox } from '../policy.js';
import { findOutboxMail, requeueFailedMail } from '../repository.js';

/** An administrator puts a failed mail back in the queue; the sending job picks it up. */
export async function retryMail(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mailId: string) {
  const mail = await findOutboxMail(trx, actor.poolId, mailId);
  if (!mail) throw notFound();
  // Access first (404 for a non-administrator); the mail's state next (409 when it has not failed).
  ensureCan(canMailOutbox, actor, 'read', { poolId: mail.pool_id });
  if (!canMailOutbox(actor, 'retry', { poolId: mail.pool_id, status: mail.status }) || !(await requeueFailedMail(trx, mail.id))) {
    throw conflict('Alleen een mislukte e-mail kan opnieuw worden verstuurd.');
  }
  await writeAudit(trx, ctx, { action: 'mail-outbox.retry', objectType: 'mail', objectId: mail.id });
  return { id: mail.id };
}
