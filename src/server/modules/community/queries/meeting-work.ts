import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { canCommunity } from '../policy.js';
import { findProfileOfUser, upcomingMeetingsOf } from '../repository.js';

// policy: the actor's own groups only (member or facilitator, by their own mediator profile), after the section's read check
/**
 * The start page's "Komende bijeenkomsten" (workspace), the intervision part: meetings of the
 * person's own groups (member or facilitator) with a fixed date in the coming weeks. The item's
 * id is the group: the group's page shows the meeting.
 */
export async function upcomingMeetingWork(db: Kysely<DB>, actor: Actor, from: Date, until: Date, limit: number) {
  if (!canCommunity(actor, 'read', { kind: 'pool', poolId: actor.poolId })) return { total: 0, items: [] };
  const profile = await findProfileOfUser(db, actor.poolId, actor.userId);
  if (!profile) return { total: 0, items: [] };
  const [count, rows] = await upcomingMeetingsOf(db, actor.poolId, profile.id, from, until, limit);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({ id: r.group_id, kind: 'meeting' as const, caseId: null, title: r.name, detail: null, state: `meeting-${r.method}`, at: r.starts_at.toISOString(), atKind: 'on' as const })),
  };
}
