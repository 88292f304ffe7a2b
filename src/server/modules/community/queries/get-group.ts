import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { Group } from '../../../../contract/community.js';
import { pollStates } from '../../polls/index.js';
import { loadGroupForActor } from '../load-group.js';
import { findAttendance, findMeetings } from '../repository.js';
import { presentGroup, presentMeeting } from '../present-group.js';

/** One intervision group with its members, composition, and meetings (newest first) with their dates and attendance. */
export async function getGroup(db: Kysely<DB>, actor: Actor, groupId: string): Promise<Group> {
  const { group, members, object } = await loadGroupForActor(db, actor, groupId);
  if (object.kind !== 'group') throw new Error('unreachable');
  const meetings = await findMeetings(db, [groupId]);
  const [states, attendance] = await Promise.all([pollStates(db, meetings.map((m) => m.poll_id)), findAttendance(db, meetings.map((m) => m.id))]);
  const presented = meetings.map((m) => presentMeeting(actor, m, states.get(m.poll_id), attendance.filter((a) => a.meeting_id === m.id).map((a) => a.mediator_id), object));
  return presentGroup(actor, group, members, presented, object);
}
