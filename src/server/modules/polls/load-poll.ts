import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { canPoll, type PollObject } from './policy.js';
import { findInviteeByUser, findPoll, type PollRow } from './repository.js';

export const pollObject = (poll: PollRow, actor: Actor, inviteeId: string | null): PollObject => ({
  poolId: poll.pool_id,
  purpose: poll.purpose,
  status: poll.status,
  organiser: poll.organiser_id === actor.userId,
  invitee: inviteeId !== null,
});

/** The poll as this actor may see it; 404 when it is not theirs (another pool, not invited). */
export async function loadPollForActor(db: Kysely<DB>, actor: Actor, pollId: string, opts: { forUpdate?: boolean } = {}) {
  const poll = await findPoll(db, actor.poolId, pollId, opts);
  if (!poll) throw notFound();
  const inviteeId = (await findInviteeByUser(db, pollId, actor.userId))?.id ?? null;
  const object = pollObject(poll, actor, inviteeId);
  ensureCan(canPoll, actor, 'read', object);
  return { poll, inviteeId, object };
}
