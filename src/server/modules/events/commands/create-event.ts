import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { badRequest } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { EventInput } from '../../../../contract/events.js';
import { canEvent } from '../policy.js';
import { insertEvent } from '../repository.js';

/** A coordinator puts an event on the pool's agenda; they are its organiser. */
export async function createEvent(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: EventInput) {
  ensureCan(canEvent, actor, 'create', { kind: 'pool', poolId: actor.poolId }, 'collection');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const location = input.location?.trim() || null;
  const onlineUrl = input.onlineUrl?.trim() || null;
  const problems = [];
  if (endsAt <= startsAt) problems.push({ name: 'endsAt', code: 'range', reason: 'Het einde moet na het begin liggen.' });
  if (!location && !onlineUrl) problems.push({ name: 'location', code: 'required', reason: 'Vul een plaats in, of een link voor deelname online.' });
  if (startsAt.getUTCFullYear() < 2000 || startsAt.getUTCFullYear() > 2100) problems.push({ name: 'startsAt', code: 'range', reason: 'Kies een datum tussen 2000 en 2100.' });
  if (problems.length > 0) throw badRequest('Controleer de gegevens van de bijeenkomst.', problems);
  const row = await insertEvent(trx, {
    pool_id: actor.poolId,
    kind: input.kind,
    title: input.title.trim(),
    description: input.description?.trim() || null,
    starts_at: startsAt,
    ends_at: endsAt,
    location,
    online_url: onlineUrl,
    capacity: input.capacity,
    points: input.points,
    organiser_id: actor.userId,
  });
  await writeAudit(trx, ctx, { action: 'event.create', objectType: 'event', objectId: row.id, detail: { kind: input.kind, capacity: input.capacity, points: input.points } });
  return row.id;
}
