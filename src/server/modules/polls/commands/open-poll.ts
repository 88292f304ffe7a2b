import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PollSlotInput } from '../../../../contract/polls.js';
import { dutchLongDate } from '../../../mail/templates/session-mail.js';
import { insertInvitee, insertPoll, insertSlots } from '../repository.js';
import { localParts, slotInstants } from '../poll-time.js';
import { mailInvite, pollLinkUrl, pollUrl } from '../poll-mails.js';

// policy: called only by use cases that asked their own policy first (community: an intervision meeting; open-first-session-poll: the sessions policy).
export interface OpenPollInput {
  purpose: 'intervision-meeting' | 'case-first-session';
  title: string;
  location: string | null;
  onlineUrl: string | null;
  caseId: string | null;
  slots: readonly PollSlotInput[];
  /** Invitees with an account (an intervision group's members). */
  users: readonly { id: string; name: string; email: string }[];
  /** Invitees without one (a case's parties): each gets a personal link by mail. */
  parties: readonly { id: string; name: string; email: string }[];
}

/**
 * Opens a date poll and mails every invitee; the caller has asked its own policy first (the
 * community module for an intervision meeting, this module for a case's first session). A party's
 * link is a random token of which only the SHA-256 is kept; it opens this poll only and expires
 * when the last slot begins.
 */
export async function openPoll(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: OpenPollInput, baseUrl: string): Promise<string> {
  const instants = slotInstants(input.slots);
  const pollId = (
    await insertPoll(trx, {
      pool_id: actor.poolId,
      purpose: input.purpose,
      title: input.title,
      location: input.location,
      online_url: input.onlineUrl,
      case_id: input.caseId,
      organiser_id: actor.userId,
    })
  ).id;
  await insertSlots(trx, instants.map((s) => ({ poll_id: pollId, starts_at: s.startsAt, ends_at: s.endsAt })));
  const expires = new Date(Math.max(...instants.map((s) => s.startsAt.getTime())));
  const expiresText = dutchLongDate(localParts(expires, expires).date);
  const poll = { pool_id: actor.poolId, title: input.title, organiserName: actor.name };
  for (const u of input.users) {
    await insertInvitee(trx, { poll_id: pollId, user_id: u.id });
    await mailInvite(trx, poll, u, pollUrl(baseUrl, pollId), null);
  }
  for (const p of input.parties) {
    const token = randomToken();
    await insertInvitee(trx, { poll_id: pollId, party_id: p.id, token_hash: sha256(token), token_expires_at: expires });
    await mailInvite(trx, poll, p, pollLinkUrl(baseUrl, token), { expiresText });
  }
  await writeAudit(trx, ctx, {
    action: 'date-poll.open',
    objectType: 'date-poll',
    objectId: pollId,
    detail: { purpose: input.purpose, caseId: input.caseId, slots: instants.length, invitees: input.users.length + input.parties.length },
  });
  return pollId;
}
