import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { planSession } from '../../sessions/index.js';
import { canPoll } from '../policy.js';
import { loadPollForActor } from '../load-poll.js';
import { findInvitees, findSlots, markFixed, setPollSession } from '../repository.js';
import { pollClosed } from '../poll-rules.js';
import { localParts } from '../poll-time.js';
import { mailFixed } from '../poll-mails.js';
import { ensureCan } from '../../../auth/policy.js';

/**
 * The organiser fixes the poll on one of its slots, once. An intervision poll mails every invitee
 * the date with an .ics; a case's first-session poll plans the session on the case through the
 * sessions module (its checks, its invitation mails with the session's .ics, its case event).
 */
export async function fixPoll(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, pollId: string, slotId: string, baseUrl: string) {
  const { poll, object } = await loadPollForActor(trx, actor, pollId, { forUpdate: true });
  if (poll.status !== 'open') throw pollClosed(poll.status);
  ensureCan(canPoll, actor, 'fix', object);
  const slot = (await findSlots(trx, pollId)).find((s) => s.id === slotId);
  if (!slot) throw invalidField('slotId', 'unknown-slot', 'Dit moment hoort niet bij deze datumprikker.');
  if (!(await markFixed(trx, pollId, slotId, actor.userId))) throw pollClosed('fixed');
  let sessionId: string | null = null;
  let mails = 0;
  if (poll.purpose === 'case-first-session' && poll.case_id) {
    const partyIds = (await findInvitees(trx, pollId)).flatMap((i) => (i.party_id ? [i.party_id] : []));
    const { session } = await planSession(trx, ctx, actor, poll.case_id, { ...localParts(slot.starts_at, slot.ends_at), location: poll.location, onlineUrl: poll.online_url, description: null, partyIds }, baseUrl);
    sessionId = session.id;
    await setPollSession(trx, pollId, sessionId);
  } else {
    mails = await mailFixed(trx, poll, slot, baseUrl);
  }
  await writeAudit(trx, ctx, { action: 'date-poll.fix', objectType: 'date-poll', objectId: pollId, detail: { slotId, startsAt: slot.starts_at.toISOString(), sessionId, mails } });
  return { sessionId };
}
