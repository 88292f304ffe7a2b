/**
 * A small iCalendar (RFC 5545) writer for mediation sessions: VCALENDAR with VEVENTs, CRLF line
 * ends, folded lines, escaped text. Times are written either as UTC (`…Z`) or as Amsterdam wall
 * clock with `TZID=Europe/Amsterdam` plus the zone's VTIMEZONE, so a session on either side of a
 * summer-time change lands on the right hour in every client.
 */
import { toAmsterdamLocal } from './amsterdam-time.js';
import { escapeText, foldLine, formatLocalDateTime, formatUtcDateTime, paramValue } from './ical-text.js';
import { AMSTERDAM_TZID, AMSTERDAM_VTIMEZONE } from './vtimezone.js';

export interface IcalPerson {
  readonly name: string;
  readonly email: string;
}

export interface IcalEvent {
  /** Stable across reschedules and cancellation, globally unique (e.g. `<uuid>@host`). */
  readonly uid: string;
  /** Raised by one on every reschedule and on cancellation. */
  readonly sequence: number;
  readonly start: Date;
  readonly end: Date;
  readonly summary: string;
  readonly status: 'CONFIRMED' | 'CANCELLED';
  readonly location?: string | null;
  readonly url?: string | null;
  readonly description?: string | null;
  readonly organizer?: IcalPerson | null;
  readonly attendees?: readonly IcalPerson[];
  readonly created?: Date;
  readonly lastModified?: Date;
}

export interface IcalCalendar {
  /** `-//Organisation//Product//NL` */
  readonly prodId: string;
  /** iTIP method for mail (REQUEST, CANCEL); PUBLISH for downloads and feeds. */
  readonly method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Shown by clients as the feed's name. */
  readonly name?: string;
  /** When this text was made (DTSTAMP of every event). */
  readonly stamp: Date;
  readonly times: 'amsterdam' | 'utc';
  readonly events: readonly IcalEvent[];
}

function dateTimeLine(property: 'DTSTART' | 'DTEND', instant: Date, times: IcalCalendar['times']): string {
  if (times === 'utc') return `${property}:${formatUtcDateTime(instant)}`;
  const local = toAmsterdamLocal(instant);
  return `${property};TZID=${AMSTERDAM_TZID}:${formatLocalDateTime(local.date, local.time)}`;
}

const mailto = (email: string) => `mailto:${email.replace(/[\s"<>]/g, '')}`;

function eventLines(event: IcalEvent, calendar: IcalCalendar): string[] {
  if (!(event.end.getTime() > event.start.getTime())) throw new RangeError(`Event ${event.uid} ends before it starts`);
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) throw new RangeError(`Bad SEQUENCE ${event.sequence}`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtcDateTime(calendar.stamp)}`,
    `SEQUENCE:${event.sequence}`,
    dateTimeLine('DTSTART', event.start, calendar.times),
    dateTimeLine('DTEND', event.end, calendar.times),
    `SUMMARY:${escapeText(event.summary)}`,
    `STATUS:${event.status}`,
  ];
  if (event.created) lines.push(`CREATED:${formatUtcDateTime(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtcDateTime(event.lastModified)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url.replace(/\s/g, '')}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.organizer) lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer.email)}`);
  for (const a of event.attendees ?? []) {
    lines.push(`ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(a.email)}`);
  }
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** The whole calendar object as text: CRLF after every (folded) line. */
export function writeCalendar(calendar: IcalCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.prodId}`, 'CALSCALE:GREGORIAN'];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  if (calendar.times === 'amsterdam') {
    lines.push(`X-WR-TIMEZONE:${AMSTERDAM_TZID}`);
    if (calendar.events.length > 0) lines.push(...AMSTERDAM_VTIMEZONE);
  }
  for (const event of calendar.events) lines.push(...eventLines(event, calendar));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
