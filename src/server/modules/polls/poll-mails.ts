import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeCalendar } from '../../../domain/ical/index.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { dutchLongDate } from '../../mail/templates/session-mail.js';
import { pollFixedMail, pollInviteMail } from '../../mail/templates/poll-mail.js';
import { poolName } from '../pool/index.js';
import { findInvitees, type PollRow } from './repository.js';
import { localParts } from './poll-time.js';

export const POLL_PROD_ID = '-//Mediatorpool//Datumprikker//NL';

/**
 * UID of a fixed poll's calendar event, by the sessions' rule (modules/sessions/session-ics.ts):
 * the object's id at the installation's host, unchanged for the object's life.
 */
export function pollUid(pollId: string, baseUrl: string): string {
  let host = 'mediatorpool';
  try {
    host = new URL(baseUrl).hostname || host;
  } catch {
    // keep the default
  }
  return `${pollId}@${host}`;
}

export const pollUrl = (baseUrl: string, pollId: string) => `${baseUrl}/datumprikkers/${pollId}`;
export const pollLinkUrl = (baseUrl: string, token: string) => `${baseUrl}/datumprikker/${token}`;

export async function mailInvite(trx: Kysely<DB>, poll: { pool_id: string; title: string; organiserName: string }, to: { email: string; name: string }, url: string, personal: { expiresText: string } | null) {
  const mail = pollInviteMail({ recipientName: to.name, poolName: await poolName(trx, poll.pool_id), organiserName: poll.organiserName, title: poll.title, url, personal });
  return enqueueMail(trx, { poolId: poll.pool_id, kind: 'poll-invite', to: to.email, subject: mail.subject, text: mail.text });
}

/** Every invitee with an address (and an active account, for accounts) gets the fixed date with an .ics naming them. */
export async function mailFixed(trx: Kysely<DB>, poll: PollRow, slot: { starts_at: Date; ends_at: Date }, baseUrl: string): Promise<number> {
  const { date, start, end } = localParts(slot.starts_at, slot.ends_at);
  const pool = await poolName(trx, poll.pool_id);
  let sent = 0;
  for (const i of await findInvitees(trx, poll.id)) {
    const email = i.user_id ? (i.user_active ? i.user_email : null) : i.party_email;
    const name = (i.user_id ? i.user_name : i.party_name) ?? '';
    if (!email) continue;
    const ics = writeCalendar({
      prodId: POLL_PROD_ID,
      method: 'REQUEST',
      stamp: new Date(),
      times: 'amsterdam',
      events: [
        {
          uid: pollUid(poll.id, baseUrl),
          sequence: 0,
          start: slot.starts_at,
          end: slot.ends_at,
          summary: poll.title,
          status: 'CONFIRMED',
          location: poll.location ?? poll.online_url,
          url: poll.online_url,
          organizer: { name: poll.organiser_name, email: poll.organiser_email },
          attendees: [{ name, email }],
        },
      ],
    });
    const mail = pollFixedMail({ recipientName: name, poolName: pool, organiserName: poll.organiser_name, title: poll.title, dateText: dutchLongDate(date), start, end, location: poll.location, onlineUrl: poll.online_url });
    await enqueueMail(trx, {
      poolId: poll.pool_id,
      kind: 'poll-fixed',
      to: email,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ filename: `datumprikker-${date}.ics`, contentType: 'text/calendar; charset=UTF-8; method=REQUEST', content: Buffer.from(ics, 'utf8').toString('base64') }],
    });
    sent++;
  }
  return sent;
}
