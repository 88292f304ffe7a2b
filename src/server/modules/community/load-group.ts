import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { pollStates } from '../polls/index.js';
import { canCommunity, type CommunityObject } from './policy.js';
import { findGroup, findMeeting, findMembers, findProfileOfUser } from './repository.js';

/** The group as this actor may see it (coordinator, member, facilitator); 404 otherwise. */
export async function loadGroupForActor(db: Kysely<DB>, actor: Actor, groupId: string) {
  const group = await findGroup(db, actor.poolId, groupId);
  if (!group) throw notFound();
  const members = await findMembers(db, [groupId]);
  const ownProfile = (await findProfileOfUser(db, actor.poolId, actor.userId))?.id ?? null;
  const object: CommunityObject = {
    kind: 'group',
    poolId: group.pool_id,
    member: ownProfile !== null && members.some((m) => m.id === ownProfile),
    facilitator: ownProfile !== null && group.facilitator_id === ownProfile,
  };
  ensureCan(canCommunity, actor, 'read', object);
  return { group, members, object, ownProfile };
}

/** A meeting with its group, its poll's state and whether it has taken place. */
export async function loadMeetingForActor(db: Kysely<DB>, actor: Actor, meetingId: string, opts: { forUpdate?: boolean } = {}) {
  const meeting = await findMeeting(db, actor.poolId, meetingId, opts);
  if (!meeting) throw notFound();
  const { group, members, object: groupObject } = await loadGroupForActor(db, actor, meeting.group_id);
  const state = (await pollStates(db, [meeting.poll_id])).get(meeting.poll_id);
  const fixed = state?.status === 'fixed' && state.startsAt !== null;
  const past = fixed && state.startsAt!.getTime() <= Date.now();
  const object: CommunityObject = groupObject.kind === 'group' ? { kind: 'meeting', poolId: group.pool_id, member: groupObject.member, facilitator: groupObject.facilitator, fixed, past } : groupObject;
  return { meeting, group, members, state, object };
}
