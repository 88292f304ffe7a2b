import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PublicPoll } from '../../../../contract/polls.js';
import { poolName } from '../../pool/index.js';
import { inviteeByLink } from '../commands/answer-poll.js';
import { findAnswers, findPoll, findSlots } from '../repository.js';
import { pollLinkExpired } from '../poll-rules.js';

/**
 * What a party sees through their personal link: the poll's title, the organiser's name, the
 * slots and their own answers; nothing of the case, nor of the other invitees. An expired link of
 * an open poll: 410; a fixed poll still shows (with its fixed slot) so the party sees the outcome.
 */
export async function readPollLink(db: Kysely<DB>, ctx: AuditContext, token: string): Promise<PublicPoll> {
  const invitee = await inviteeByLink(db, token);
  const poll = (await findPoll(db, invitee.pool_id, invitee.poll_id))!;
  if (poll.status === 'open' && invitee.token_expires_at && invitee.token_expires_at.getTime() <= Date.now()) throw pollLinkExpired();
  const [slots, answers] = await Promise.all([findSlots(db, poll.id), findAnswers(db, poll.id)]);
  // The reader is the link's addressee (a party), whoever else happens to be signed in in this browser.
  await writeAudit(db, { ...ctx, actor: null, poolId: poll.pool_id }, {
    action: 'date-poll.read',
    objectType: 'date-poll',
    objectId: poll.id,
    purpose: 'datumprikker',
    actorLabel: 'partij (link)',
    detail: { invitee: invitee.id, via: 'link' },
  });
  return {
    title: poll.title,
    organiserName: poll.organiser_name,
    poolName: await poolName(db, poll.pool_id),
    status: poll.status,
    fixedSlotId: poll.fixed_slot_id,
    slots: slots.map((s) => ({ id: s.id, startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString() })),
    myAnswers: answers.filter((a) => a.invitee_id === invitee.id).map((a) => ({ slotId: a.slot_id, answer: a.answer })),
  };
}
