import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { dutchLongDate, sessionMail, type SessionMailKind } from '../../mail/templates/session-mail.js';
import { poolName } from '../pool/index.js';
import { caseMediatorAccounts, findSessionParties, type SessionRow } from './repository.js';
import { icsFilename, sessionCalendar, sessionEvent } from './session-ics.js';
import { localParts } from './session-time.js';

interface Party {
  id: string;
  name: string;
  email: string | null;
}

/**
 * Mails the case's mediators and the attending parties that have an e-mail address, each with
 * the session as an .ics attachment, in the caller's transaction. Parties get an iTIP REQUEST or
 * CANCEL naming them as attendee; mediators get the event to publish in their own calendar.
 * `removedParties` no longer attend and get a cancellation.
 */
export async function mailSession(
  trx: Kysely<DB>,
  s: SessionRow,
  kind: Exclude<SessionMailKind, 'uninvited'>,
  opts: { baseUrl: string; removedParties?: Party[] },
): Promise<number> {
  const { date, start, end } = localParts(s.starts_at, s.ends_at);
  const dateText = dutchLongDate(date);
  const organizer = { name: s.planned_by_name, email: s.planned_by_email };
  const base = { poolName: await poolName(trx, s.pool_id), caseNumber: s.case_number, dateText, start, end, location: s.location, onlineUrl: s.online_url, plannerName: s.planned_by_name };
  const cancelled = kind === 'cancelled';
  let sent = 0;

  const send = async (to: string, name: string, mailKind: SessionMailKind, method: 'PUBLISH' | 'REQUEST' | 'CANCEL', ics: string) => {
    const mail = sessionMail({ ...base, kind: mailKind, recipientName: name });
    await enqueueMail(trx, {
      poolId: s.pool_id,
      kind: `session-${mailKind}`,
      to,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ filename: icsFilename(s, date), contentType: `text/calendar; charset=UTF-8; method=${method}`, content: Buffer.from(ics, 'utf8').toString('base64') }],
    });
    sent++;
  };

  for (const m of await caseMediatorAccounts(trx, s.case_id)) {
    if (!m.active) continue;
    const ics = sessionCalendar([sessionEvent(s, { baseUrl: opts.baseUrl, includeDescription: false })], { method: 'PUBLISH' });
    await send(m.email, m.name, kind, 'PUBLISH', ics);
  }
  const attending: Party[] = (await findSessionParties(trx, [s.id])).map((p) => ({ id: p.id, name: p.name, email: p.email }));
  for (const p of attending) {
    if (!p.email) continue;
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    const ics = sessionCalendar([sessionEvent(s, { baseUrl: opts.baseUrl, includeDescription: false, organizer, attendees: [{ name: p.name, email: p.email }] })], { method });
    await send(p.email, p.name, kind, method, ics);
  }
  for (const p of opts.removedParties ?? []) {
    if (!p.email) continue;
    const asCancelled = { ...s, status: 'cancelled' as const };
    const ics = sessionCalendar([sessionEvent(asCancelled, { baseUrl: opts.baseUrl, includeDescription: false, organizer, attendees: [{ name: p.name, email: p.email }] })], { method: 'CANCEL' });
    await send(p.email, p.name, 'uninvited', 'CANCEL', ics);
  }
  return sent;
}
