import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PlanMeetingInput } from '../../../../contract/community.js';
import { openPoll } from '../../polls/index.js';
import { canCommunity } from '../policy.js';
import { loadGroupForActor } from '../load-group.js';
import { insertMeeting } from '../repository.js';

export const METHOD_LABELS = { incident: 'incidentmethode', balint: 'Balint', free: 'vrije inbreng' } as const;

/**
 * The coordinator or the group's facilitator plans the next meeting: a method and a date poll with
 * the offered slots, to which every member with an active account is invited by mail.
 */
export async function planMeeting(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, groupId: string, input: PlanMeetingInput, baseUrl: string): Promise<string> {
  const { group, members, object } = await loadGroupForActor(trx, actor, groupId);
  ensureCan(canCommunity, actor, 'plan-meeting', object);
  const users = members.flatMap((m) => (m.user_id && m.active && m.email ? [{ id: m.user_id, name: m.name ?? '', email: m.email }] : []));
  const pollId = await openPoll(
    trx,
    ctx,
    actor,
    { purpose: 'intervision-meeting', title: `Intervisie ${group.name} (${METHOD_LABELS[input.method]})`, location: input.location.trim(), onlineUrl: null, caseId: null, slots: input.slots, users, parties: [] },
    baseUrl,
  );
  const { id } = await insertMeeting(trx, { pool_id: group.pool_id, group_id: group.id, method: input.method, poll_id: pollId });
  await writeAudit(trx, ctx, { action: 'intervision-meeting.plan', objectType: 'intervision-group', objectId: group.id, detail: { meetingId: id, pollId, method: input.method } });
  return id;
}
