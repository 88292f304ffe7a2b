import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { awaitingPolls } from '../repository.js';

// policy: the actor's own invitations only (filtered by their user id in the query): nobody else's polls can appear.
/** The start page's "Datumprikkers om in te vullen" (workspace): open polls this person was invited to and has not answered. */
export async function pollsAwaitingAnswer(db: Kysely<DB>, actor: Actor) {
  const [count, rows] = await awaitingPolls(db, actor.poolId, actor.userId);
  const total = Number(count.n);
  return {
    total,
    totalCapped: false,
    items: rows.map((r) => ({ id: r.id, kind: 'poll' as const, caseId: null, title: r.title, detail: r.organiser_name, state: null, at: r.created_at.toISOString(), atKind: 'since' as const })),
  };
}
