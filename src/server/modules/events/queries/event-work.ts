import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { canEvent } from '../policy.js';
import { upcomingEventsFor } from '../repository.js';

/** How far ahead the start page looks for events and meetings. */
export const UPCOMING_WEEKS = 6;

/**
 * The start page's "Komende bijeenkomsten" (workspace), the events' part: the pool's events in
 * the coming weeks that go ahead, each with the person's state: registered, waiting, or open
 * (they may register; `full` when only the waiting list is left). Someone who may not see the
 * agenda gets nothing.
 */
export async function upcomingEventWork(db: Kysely<DB>, actor: Actor, now: Date, until: Date, limit: number) {
  if (!canEvent(actor, 'list', { kind: 'pool', poolId: actor.poolId })) return { total: 0, items: [] };
  const [count, rows] = await upcomingEventsFor(db, actor.poolId, actor.userId, now, until, limit);
  return {
    total: Number(count.n),
    items: rows.map((r) => {
      const state = r.my_status === 'registered' || r.my_status === 'waiting' ? r.my_status : r.taken < r.capacity ? 'open' : 'full';
      return { id: r.id, kind: 'event' as const, caseId: null, title: r.title, detail: null, state: `event-${state}`, at: r.starts_at.toISOString(), atKind: 'on' as const };
    }),
  };
}
