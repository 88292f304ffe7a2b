import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { placeForNewRegistration } from '../../../../domain/community-events/places.js';
import { canEvent } from '../policy.js';
import { loadEventFor } from '../load-event.js';
import { countTaken, findRegistrationOf, insertRegistration, lockEvent, reopenRegistration, waitingPosition } from '../repository.js';

/**
 * The actor registers for an event: a place while there is one, else the waiting list (no error).
 * The event row is locked first, so two people taking the last place at once take turns and
 * exactly one gets it. A second registration by the same person changes nothing (409).
 */
export async function registerForEvent(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string) {
  const now = new Date();
  const event = await lockEvent(trx, actor.poolId, eventId);
  if (!event) throw notFound();
  const { target, row } = await loadEventFor(trx, actor, eventId, now);
  const existing = await findRegistrationOf(trx, eventId, actor.userId);
  if (existing && existing.status !== 'cancelled') {
    const where = existing.status === 'waiting' ? `U staat al op de wachtlijst (plaats ${await waitingPosition(trx, eventId, existing.queued_at, existing.id)}).` : 'U bent al ingeschreven.';
    throw conflict(`U heeft zich al aangemeld voor "${row.title}". ${where}`, 'already-registered');
  }
  if (target.cancelled) throw conflict(`"${row.title}" is geannuleerd; inschrijven kan niet meer.`, 'event-cancelled');
  if (now >= target.startsAt) throw conflict('Deze bijeenkomst is al begonnen of voorbij; inschrijven kan niet meer.', 'event-past');
  ensureCan(canEvent, actor, 'register', target, 'collection');
  const status = placeForNewRegistration(event.capacity, await countTaken(trx, eventId));
  const reg = existing
    ? await reopenRegistration(trx, existing.id, status, now)
    : await insertRegistration(trx, { pool_id: actor.poolId, event_id: eventId, user_id: actor.userId, status, queued_at: now, placed_at: status === 'registered' ? now : null });
  if (!reg) throw conflict('Uw inschrijving is intussen gewijzigd. Laad de pagina opnieuw.', 'conflict');
  await writeAudit(trx, ctx, { action: 'event.register', objectType: 'event', objectId: eventId, detail: { registrationId: reg.id, status } });
  return reg.id;
}
