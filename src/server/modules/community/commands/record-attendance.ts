import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ProblemError, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { intervisionPoints } from '../../../../domain/intervision/points.js';
import { toAmsterdamLocal } from '../../../../domain/ical/index.js';
import type { AttendanceInput } from '../../../../contract/community.js';
import { recordEarnedPoints, withdrawEarnedPoints } from '../../registry/index.js';
import { canCommunity } from '../policy.js';
import { loadMeetingForActor } from '../load-group.js';
import { deleteAttendance, findAttendance, insertAttendance, markAttendanceRecorded, pointsPerHour } from '../repository.js';

export const SOURCE_TYPE = 'intervision-meeting';

/**
 * The facilitator (or a coordinator) records who attended a meeting that has taken place. Each
 * attendee gets the meeting's intervision points as an education entry in their MfN upkeep (the
 * pool's points per hour); recording again corrects it: a member taken off loses the entry, one
 * added gets it, the others keep theirs (one entry per mediator and meeting).
 */
export async function recordAttendance(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, meetingId: string, input: AttendanceInput) {
  const { group, members, state, object } = await loadMeetingForActor(trx, actor, meetingId, { forUpdate: true });
  if (!canCommunity(actor, 'record-attendance', object)) {
    if (object.kind === 'meeting' && (!object.fixed || !object.past) && canCommunity(actor, 'plan-meeting', { kind: 'group', poolId: object.poolId, member: object.member, facilitator: object.facilitator }))
      throw new ProblemError(409, 'meeting-not-held', 'Dit kan nu niet.', 'Aanwezigheid leggen we vast nadat de bijeenkomst heeft plaatsgevonden; de datum staat nog niet vast of ligt in de toekomst.');
    throw new ProblemError(403, 'forbidden', 'Geen toestemming.', 'Alleen de begeleider van de groep of een coördinator legt de aanwezigheid vast.');
  }
  const memberIds = new Set(members.map((m) => m.id));
  input.attendeeIds.forEach((id, i) => {
    if (!memberIds.has(id)) throw invalidField(`attendeeIds/${i}`, 'not-a-member', 'Alleen deelnemers van deze groep kunnen aanwezig zijn.');
  });
  const minutes = Math.round((state!.endsAt!.getTime() - state!.startsAt!.getTime()) / 60_000);
  const points = intervisionPoints(minutes, await pointsPerHour(trx, group.pool_id));
  const occurredOn = toAmsterdamLocal(state!.startsAt!).date;
  const before = new Set((await findAttendance(trx, [meetingId])).map((a) => a.mediator_id));
  const after = new Set(input.attendeeIds);
  const source = { sourceType: SOURCE_TYPE, sourceId: meetingId };
  for (const id of before) {
    if (after.has(id)) continue;
    await deleteAttendance(trx, meetingId, id);
    await withdrawEarnedPoints(trx, { poolId: group.pool_id, mediatorId: id, ...source });
  }
  for (const id of after) {
    if (before.has(id)) continue;
    await insertAttendance(trx, meetingId, id, points);
    if (points > 0) await recordEarnedPoints(trx, { poolId: group.pool_id, mediatorId: id, points, educationKind: 'intervision', occurredOn, description: `Intervisie ${group.name}`, createdBy: actor.userId, ...source });
  }
  await markAttendanceRecorded(trx, meetingId, actor.userId);
  await writeAudit(trx, ctx, {
    action: 'intervision-meeting.attendance',
    objectType: 'intervision-group',
    objectId: group.id,
    detail: { meetingId, attendees: after.size, added: [...after].filter((id) => !before.has(id)).length, removed: [...before].filter((id) => !after.has(id)).length, points },
  });
}
