import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import type { CancelEventInput } from '../../../../contract/events.js';
import { poolName } from '../../pool/index.js';
import { canEvent } from '../policy.js';
import { loadEventFor } from '../load-event.js';
import { activeRegistrants, cancelEventRow, lockEvent } from '../repository.js';
import { eventCancelledMail } from '../event-mail.js';

/**
 * The organiser cancels an event before it starts: registration stops (the policy refuses it for
 * a cancelled event), everyone with a place or on the waiting list gets a mail through the outbox,
 * and the audit row counts them. The registrations stay as they were, as the record of who had
 * signed up; the event stays on the agenda, marked cancelled.
 */
export async function cancelEvent(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string, input: CancelEventInput) {
  const now = new Date();
  if (!(await lockEvent(trx, actor.poolId, eventId))) throw notFound();
  const { row, target } = await loadEventFor(trx, actor, eventId, now);
  ensureCan(canEvent, actor, 'read-registrations', target, 'collection');
  if (target.cancelled) throw conflict('Deze bijeenkomst is al geannuleerd.', 'event-cancelled');
  if (now >= target.startsAt) throw conflict('De bijeenkomst is al begonnen; annuleren kan niet meer.', 'event-past');
  ensureCan(canEvent, actor, 'cancel', target, 'collection');
  const reason = input.reason?.trim() || null;
  if (!(await cancelEventRow(trx, eventId, actor.userId, reason, now))) throw conflict('Deze bijeenkomst is al geannuleerd.', 'event-cancelled');

  const people = await activeRegistrants(trx, eventId);
  const pool = people.length > 0 ? await poolName(trx, actor.poolId) : '';
  for (const p of people) {
    await enqueueMail(trx, { poolId: actor.poolId, kind: 'event-cancelled', to: p.email, ...eventCancelledMail({ name: p.name, poolName: pool, title: row.title, startsAt: row.starts_at, reason }) });
  }
  await writeAudit(trx, ctx, {
    action: 'event.cancel',
    objectType: 'event',
    objectId: eventId,
    detail: { registered: people.filter((p) => p.status === 'registered').length, waiting: people.filter((p) => p.status === 'waiting').length, reason: reason !== null },
  });
}
