import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { checkComposition } from '../../../domain/intervision/composition.js';
import { COMMUNITY_ACTIONS, type Group, type Meeting } from '../../../contract/community.js';
import type { PollState } from '../polls/index.js';
import { canCommunity, type CommunityObject } from './policy.js';

type MemberRow = { id: string; kind: 'mediator' | 'process_facilitator'; name: string | null; municipality: string | null };
type MeetingRow = { id: string; group_id: string; method: 'incident' | 'balint' | 'free'; poll_id: string; attendance_recorded_at: Date | null };

export function presentMeeting(actor: Actor, m: MeetingRow, state: PollState | undefined, attendees: string[], groupObject: Extract<CommunityObject, { kind: 'group' }>): Meeting {
  const fixed = state?.status === 'fixed' && state.startsAt !== null;
  const object: CommunityObject = { kind: 'meeting', poolId: groupObject.poolId, member: groupObject.member, facilitator: groupObject.facilitator, fixed, past: fixed && state!.startsAt!.getTime() <= Date.now() };
  return {
    id: m.id,
    groupId: m.group_id,
    method: m.method,
    pollId: m.poll_id,
    startsAt: fixed ? state!.startsAt!.toISOString() : null,
    endsAt: fixed && state!.endsAt ? state!.endsAt.toISOString() : null,
    pollStatus: state?.status ?? 'open',
    attendanceRecordedAt: m.attendance_recorded_at?.toISOString() ?? null,
    attendees,
    allowedActions: allowedActions(canCommunity, actor, object, COMMUNITY_ACTIONS),
  };
}

export function presentGroup(
  actor: Actor,
  g: { id: string; name: string; facilitator_id: string; meetings_per_year: number },
  members: MemberRow[],
  meetings: Meeting[],
  object: Extract<CommunityObject, { kind: 'group' }>,
): Group {
  const facilitator = members.find((m) => m.id === g.facilitator_id);
  const composition = checkComposition(members.map((m) => ({ id: m.id, municipality: m.municipality })));
  return {
    id: g.id,
    name: g.name,
    facilitatorId: g.facilitator_id,
    facilitatorName: facilitator?.name ?? '',
    meetingsPerYear: g.meetings_per_year,
    members: members.map((m) => ({ mediatorId: m.id, name: m.name ?? '', kind: m.kind, municipality: m.municipality })),
    composition: { size: composition.size, municipalities: composition.municipalities, warnings: composition.warnings.map((w) => ({ ...w })) },
    meetings,
    allowedActions: allowedActions(canCommunity, actor, object, COMMUNITY_ACTIONS),
  };
}
