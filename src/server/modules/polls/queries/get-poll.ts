import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCanRead } from '../../../auth/policy.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { bestSlot } from '../../../../domain/polls/best-slot.js';
import { POLL_ACTIONS, type Poll } from '../../../../contract/polls.js';
import { canPoll } from '../policy.js';
import { loadPollForActor } from '../load-poll.js';
import { findAnswers, findInvitees, findSlots } from '../repository.js';

/** The poll with every invitee's answers, the count per slot and the best slot (with its reason). */
export async function getPoll(db: Kysely<DB>, ctx: AuditContext, actor: Actor, pollId: string): Promise<Poll> {
  const { poll, inviteeId, object } = await loadPollForActor(db, actor, pollId);
  await ensureCanRead(db, ctx, canPoll, actor, 'read', object, { objectType: 'date-poll', objectId: pollId, purpose: 'datumprikker' });
  const [slots, invitees, answers] = await Promise.all([findSlots(db, pollId), findInvitees(db, pollId), findAnswers(db, pollId)]);
  const asAnswer = (a: (typeof answers)[number]) => ({ slotId: a.slot_id, answer: a.answer });
  const best = bestSlot(slots.map((s) => ({ id: s.id, startsAt: s.starts_at })), answers.map(asAnswer), invitees.length);
  return {
    id: poll.id,
    purpose: poll.purpose,
    title: poll.title,
    location: poll.location,
    onlineUrl: poll.online_url,
    status: poll.status,
    organiserName: poll.organiser_name,
    caseId: poll.case_id,
    sessionId: poll.session_id,
    fixedSlotId: poll.fixed_slot_id,
    slots: slots.map((s) => ({ id: s.id, startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString() })),
    invitees: invitees.map((i) => ({
      id: i.id,
      name: (i.user_id ? i.user_name : i.party_name) ?? '',
      kind: i.user_id ? ('account' as const) : ('party' as const),
      answeredAt: i.answered_at?.toISOString() ?? null,
      answers: answers.filter((a) => a.invitee_id === i.id).map(asAnswer),
    })),
    myAnswers: inviteeId ? answers.filter((a) => a.invitee_id === inviteeId).map(asAnswer) : [],
    ranking: [...best.ranking],
    best: { slotId: best.slotId, reason: best.reason, tiedWith: [...best.tiedWith] },
    allowedActions: allowedActions(canPoll, actor, object, POLL_ACTIONS),
  };
}
