import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { wakeUpMail } from '../wake-up-mail.js';

/** A second wake-up mail within a day is almost always a double click. */
export const WAKE_UP_INTERVAL_HOURS = 24;

/**
 * Sends a dormant mediator a personal invitation to take part again (through the outbox) and
 * records who sent it when. Only for mediators who are dormant.
 */
export async function wakeUpMediator(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, input: { message?: string | undefined; baseUrl: string }) {
  const m = await trx
    .selectFrom('mediator_profile as mp')
    .innerJoin('pool as p', 'p.id', 'mp.pool_id')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .leftJoin('invitation as i', 'i.id', 'mp.invitation_id')
    .leftJoin('municipality as m', (join) => join.on(sql<boolean>`m.id = coalesce(u.municipality_id, i.municipality_id)`))
    .select([
      'mp.id',
      'mp.status',
      'mp.last_activity_at',
      'p.name as pool_name',
      'm.name as municipality_name',
      sql<string>`coalesce(u.name, i.name)`.as('name'),
      sql<string>`coalesce(u.email, i.email)`.as('email'),
    ])
    .where('mp.id', '=', mediatorId)
    .where('mp.pool_id', '=', actor.poolId)
    .forUpdate(['mp'])
    .executeTakeFirst();
  if (!m) throw notFound();
  if (m.status !== 'dormant') throw conflict('Alleen een slapende mediator kan worden gewekt.', 'not-dormant');
  const recent = await trx
    .selectFrom('mediator_wake_up')
    .select('sent_at')
    .where('mediator_id', '=', mediatorId)
    .where('sent_at', '>', new Date(Date.now() - WAKE_UP_INTERVAL_HOURS * 3600_000))
    .executeTakeFirst();
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
  const row = await trx
    .insertInto('mediator_wake_up')
    .values({ pool_id: actor.poolId, mediator_id: mediatorId, sent_by: actor.userId, mail_id: mailId, message: input.message?.trim() || null })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, { action: 'mediator.wake-up', objectType: 'mediator', objectId: mediatorId, detail: { wakeUpId: row.id, mailId } });
  return row;
}
