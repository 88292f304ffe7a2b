import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { EVENT_ACTIONS, type EventList } from '../../../../contract/events.js';
import { canEvent } from '../policy.js';
import { countsFor, ownRegistrations, selectEvents, waitingPosition } from '../repository.js';
import { eventTarget } from '../load-event.js';
import { presentEventSummary, presentMyRegistration } from '../present-event.js';

/** The pool's agenda: upcoming events (soonest first) or past ones, with places left and the actor's own registration. */
export async function listEvents(db: Kysely<DB>, actor: Actor, when: 'upcoming' | 'past'): Promise<EventList> {
  const pool = { kind: 'pool' as const, poolId: actor.poolId };
  ensureCan(canEvent, actor, 'list', pool, 'collection');
  const now = new Date();
  const rows = await selectEvents(db, actor.poolId, when, now);
  const ids = rows.map((r) => r.id);
  const [counts, own] = await Promise.all([countsFor(db, ids), ownRegistrations(db, actor.userId, ids)]);
  const items = [];
  for (const row of rows) {
    const o = own.find((x) => x.event_id === row.id) ?? null;
    const target = eventTarget(row, o ? { status: o.status, attended: o.attended, evaluated: Boolean(o.evaluated) } : null, now);
    const position = o?.status === 'waiting' ? await waitingPosition(db, row.id, o.queued_at, o.id) : null;
    items.push(presentEventSummary(actor, row, target, counts.get(row.id) ?? { taken: 0, waiting: 0 }, presentMyRegistration(actor, target, o, position)));
  }
  return { items, allowedActions: allowedActions(canEvent, actor, pool, EVENT_ACTIONS) };
}
