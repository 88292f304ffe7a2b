import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { badRequest, conflict, notFound, type InvalidParam } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import type { UpdateEventInput } from '../../../../contract/events.js';
import { changeCapacity } from '../../../../domain/community-events/places.js';
import { poolName } from '../../pool/index.js';
import { canEvent } from '../policy.js';
import { loadEventFor } from '../load-event.js';
import { activeRegistrants, countsFor, lockEvent, moveUpWaiting, updateEventRow } from '../repository.js';
import { eventChangedMail, placeFreedMail, placeOf } from '../event-mail.js';

/**
 * The organiser changes an event before it starts, as it was when the form read it (its
 * `updatedAt`: a change by someone else in between is a 409 event-changed, nothing stored).
 * Everything is checked first and nothing is written when something is wrong. A capacity below the places already taken is refused (the
 * organiser cancels registrations first); a higher capacity moves the first on the waiting list
 * up, each with a mail; a new time or place is mailed to everyone else registered or waiting. One
 * audit row names what changed.
 */
export async function updateEvent(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string, input: UpdateEventInput, baseUrl: string) {
  const now = new Date();
  if (!(await lockEvent(trx, actor.poolId, eventId))) throw notFound();
  const { row, target } = await loadEventFor(trx, actor, eventId, now);
  ensureCan(canEvent, actor, 'read-registrations', target, 'collection');
  if (target.cancelled) throw conflict('Deze bijeenkomst is geannuleerd; wijzigen kan niet meer.', 'event-cancelled');
  if (now >= target.startsAt) throw conflict('De bijeenkomst is al begonnen; wijzigen kan niet meer.', 'event-past');
  ensureCan(canEvent, actor, 'update', target, 'collection');
  const readAt = new Date(input.updatedAt);
  const changedMeanwhile = () =>
    conflict('Iemand anders heeft deze bijeenkomst intussen gewijzigd. Er is niets opgeslagen. Laad de bijeenkomst opnieuw en breng uw wijziging daarin aan.', 'event-changed');
  if (row.updated_at.getTime() !== readAt.getTime()) throw changedMeanwhile();

  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const location = input.location?.trim() || null;
  const onlineUrl = input.onlineUrl?.trim() || null;
  const counts = (await countsFor(trx, [eventId])).get(eventId) ?? { taken: 0, waiting: 0 };
  const capacity = changeCapacity(input.capacity, counts.taken, counts.waiting);
  const problems: InvalidParam[] = [];
  if (startsAt.getUTCFullYear() < 2000 || startsAt.getUTCFullYear() > 2100) problems.push({ name: 'startsAt', code: 'range', reason: 'Kies een datum tussen 2000 en 2100.' });
  else if (startsAt <= now) problems.push({ name: 'startsAt', code: 'past', reason: 'Het nieuwe begin moet in de toekomst liggen.' });
  if (endsAt <= startsAt) problems.push({ name: 'endsAt', code: 'range', reason: 'Het einde moet na het begin liggen.' });
  if (!location && !onlineUrl) problems.push({ name: 'location', code: 'required', reason: 'Vul een plaats in, of een link voor deelname online.' });
  if (!capacity.ok) {
    problems.push({
      name: 'capacity',
      code: 'below-registered',
      reason: `Er hebben al ${capacity.minimum} mensen een plaats; de capaciteit kan niet lager dan ${capacity.minimum}. Annuleer eerst inschrijvingen als er minder plaatsen zijn.`,
    });
  }
  if (problems.length > 0) throw badRequest('Controleer de gegevens van de bijeenkomst.', problems);

  const values = {
    kind: input.kind,
    title: input.title.trim(),
    description: input.description?.trim() || null,
    starts_at: startsAt,
    ends_at: endsAt,
    location,
    online_url: onlineUrl,
    capacity: input.capacity,
    points: input.points,
  };
  const before = { kind: row.kind, title: row.title, description: row.description, starts_at: row.starts_at, ends_at: row.ends_at, location: row.location, online_url: row.online_url, capacity: row.capacity, points: row.points };
  const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => {
    const a = before[k];
    const b = values[k];
    return a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : a !== b;
  });
  if (changed.length === 0) return;
  if (!(await updateEventRow(trx, eventId, readAt, { ...values, updated_at: now }))) throw changedMeanwhile();

  const eventUrl = `${baseUrl}/community/agenda/${eventId}`;
  const pool = await poolName(trx, actor.poolId);
  const place = placeOf({ location, online_url: onlineUrl });
  const moved = capacity.ok ? await moveUpWaiting(trx, eventId, capacity.movesUp, now) : [];
  const movedIds = new Set(moved.map((m) => m.id));
  let mails = 0;
  for (const m of moved) {
    await enqueueMail(trx, { poolId: actor.poolId, kind: 'event-place-freed', to: m.email, ...placeFreedMail({ name: m.name, poolName: pool, title: values.title, startsAt, place, eventUrl }) });
    mails += 1;
  }
  if (changed.some((k) => k === 'starts_at' || k === 'ends_at' || k === 'location' || k === 'online_url')) {
    for (const r of await activeRegistrants(trx, eventId)) {
      if (movedIds.has(r.id)) continue;
      const mail = eventChangedMail({ name: r.name, poolName: pool, title: values.title, startsAt, endsAt, place, waiting: r.status === 'waiting', eventUrl });
      await enqueueMail(trx, { poolId: actor.poolId, kind: 'event-changed', to: r.email, ...mail });
      mails += 1;
    }
  }
  await writeAudit(trx, ctx, { action: 'event.update', objectType: 'event', objectId: eventId, detail: { changed, capacity: { from: row.capacity, to: input.capacity }, movedUp: moved.map((m) => m.id), mails } });
}
