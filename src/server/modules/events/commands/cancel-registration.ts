import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { movesUp } from '../../../../domain/community-events/places.js';
import { poolName } from '../../pool/index.js';
import { canEvent } from '../policy.js';
import { loadRegistrationFor } from '../load-event.js';
import { cancelRegistrationRow, countTaken, lockEvent, moveUpWaiting } from '../repository.js';
import { placeFreedMail, placeOf } from '../event-mail.js';

/**
 * A registration is cancelled (by the registrant, or by the organiser). If it held a place, the
 * first on the waiting list moves up and gets a mail (through the outbox), in the same transaction.
 */
export async function cancelRegistration(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string, registrationId: string, baseUrl: string) {
  const now = new Date();
  const event = await lockEvent(trx, actor.poolId, eventId);
  if (!event) throw notFound();
  const { event: row, reg, target } = await loadRegistrationFor(trx, actor, eventId, registrationId, now);
  if (row.cancelled_at) throw conflict('De bijeenkomst is geannuleerd; uw inschrijving vervalt vanzelf.', 'event-cancelled');
  if (reg.status === 'cancelled') throw conflict('Deze inschrijving is al geannuleerd.', 'registration-cancelled');
  if (now >= row.starts_at) throw conflict('De bijeenkomst is al begonnen; uitschrijven kan niet meer.', 'event-past');
  ensureCan(canEvent, actor, 'cancel-registration', target, 'collection');
  if (!(await cancelRegistrationRow(trx, reg.id, reg.status, now))) throw conflict('Deze inschrijving is intussen gewijzigd. Laad de pagina opnieuw.', 'conflict');

  const taken = await countTaken(trx, eventId);
  const moved = await moveUpWaiting(trx, eventId, movesUp(event.capacity, taken, Number.MAX_SAFE_INTEGER), now);
  const pool = moved.length > 0 ? await poolName(trx, actor.poolId) : '';
  const place = placeOf(row);
  const movedUp: { registrationId: string; mailId: string }[] = [];
  for (const m of moved) {
    const mail = placeFreedMail({ name: m.name, poolName: pool, title: row.title, startsAt: row.starts_at, place, eventUrl: `${baseUrl}/community/agenda/${eventId}` });
    const mailId = await enqueueMail(trx, { poolId: actor.poolId, kind: 'event-place-freed', to: m.email, ...mail });
    movedUp.push({ registrationId: m.id, mailId });
  }
  await writeAudit(trx, ctx, { action: 'event.cancel-registration', objectType: 'event', objectId: eventId, detail: { registrationId: reg.id, was: reg.status, byRegistrant: reg.user_id === actor.userId, movedUp } });
  return { movedUp: moved.length };
}
