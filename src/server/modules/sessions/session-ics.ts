import { writeCalendar, type IcalEvent, type IcalPerson } from '../../../domain/ical/index.js';
import type { SessionRow } from './repository.js';

export const PROD_ID = '-//Mediatorpool//Mediationgesprekken//NL';

/** UID for a session: its id at the installation's host, unchanged for the session's life. */
export const sessionUid = (sessionId: string, baseUrl: string) => `${sessionId}@${hostOf(baseUrl)}`;

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname || 'mediatorpool';
  } catch {
    return 'mediatorpool';
  }
}

/** Only the case number: a calendar entry never names the parties. */
export const sessionSummary = (caseNumber: string) => `Mediationgesprek ${caseNumber}`;

export interface SessionEventOptions {
  baseUrl: string;
  /** The confidential note: only in the download for someone who sees the whole case. */
  includeDescription: boolean;
  organizer?: IcalPerson | null;
  attendees?: IcalPerson[];
}

export function sessionEvent(s: SessionRow, o: SessionEventOptions): IcalEvent {
  return {
    uid: sessionUid(s.id, o.baseUrl),
    sequence: s.sequence,
    start: s.starts_at,
    end: s.ends_at,
    summary: sessionSummary(s.case_number),
    status: s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    location: s.location ?? s.online_url,
    url: s.online_url,
    description: o.includeDescription ? s.description : null,
    organizer: o.organizer ?? null,
    attendees: o.attendees ?? [],
    created: s.created_at,
    lastModified: s.updated_at,
  };
}

export function sessionCalendar(events: IcalEvent[], opts: { method?: 'PUBLISH' | 'REQUEST' | 'CANCEL'; name?: string; stamp?: Date } = {}): string {
  return writeCalendar({
    prodId: PROD_ID,
    method: opts.method ?? 'PUBLISH',
    ...(opts.name ? { name: opts.name } : {}),
    stamp: opts.stamp ?? new Date(),
    times: 'amsterdam',
    events,
  });
}

/** `MP-2026-0001-2026-10-24.ics` */
export const icsFilename = (s: SessionRow, date: string) => `${s.case_number}-${date}.ics`;
