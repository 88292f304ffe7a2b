// policy: waking a mediator is the mediators' policy's 'wake-up', asked by loadMediatorFor (mediators/index.ts) before anything else.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { loadMediatorFor } from '../../mediators/index.js';
import { wakeUpMail } from '../wake-up-mail.js';
import { insertWakeUp, lockWakeUpTarget, wakeUpSince } from '../repository.js';

/** A second wake-up mail within a day is almost always a double click. */
export const WAKE_UP_INTERVAL_HOURS = 24;

/**
 * Sends a dormant mediator a personal invitation to take part again (through the outbox) and
 * records who sent it when. Only for mediators who are dormant.
 */
export async function wakeUpMediator(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, input: { message?: string | undefined; baseUrl: string }) {
  await loadMediatorFor(trx, actor, mediatorId, 'wake-up');
  const m = await lockWakeUpTarget(trx, actor.poolId, mediatorId);
  if (!m) throw notFound();
  if (m.status !== 'dormant') throw conflict('Alleen een slapende mediator kan worden gewekt.', 'not-dormant');
  const recent = await wakeUpSince(trx, mediatorId, new Date(Date.now() - WAKE_UP_INTERVAL_HOURS * 3600_000));
  if (recent) throw conflict('Deze mediator heeft in de afgelopen 24 uur al een uitnodiging gekregen.', 'recently-sent', { sentAt: recent.sent_at.toISOString() });

  const mail = wakeUpMail({
    name: m.name,
    poolName: m.pool_name,
    senderName: actor.name,
    municipalityName: m.municipality_name,
    lastActivityOn: m.last_activity_at ? m.last_activity_at.toISOString().slice(0, 10) : null,
    message: input.message ?? null,
    loginUrl: `${input.baseUrl}/`,
  });
  const mailId = await enqueueMail(trx, { poolId: actor.poolId, kind: 'wake-up', to: m.email, ...mail });
  const row = await insertWakeUp(trx, { pool_id: actor.poolId, mediator_id: mediatorId, sent_by: actor.userId, mail_id: mailId, message: input.message?.trim() || null });
  await writeAudit(trx, ctx, { action: 'mediator.wake-up', objectType: 'mediator', objectId: mediatorId, detail: { wakeUpId: row.id, mailId } });
  return row;
}
