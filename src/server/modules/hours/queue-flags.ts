import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isoDateInZone } from '../../../domain/calendar/iso-date.js';
import { assignmentWindow, type AssignmentWindow } from '../../../domain/cases/assignment-window.js';
import { hourFlags, type HourFlag } from '../../../domain/hours/hour-flags.js';
import { flagFactsOf, type EntryRow } from './repository.js';

/** The flags of a page of the approval queue, by entry id, from one statement for the whole page. */
export async function queueFlags(db: Kysely<DB>, poolId: string, rows: readonly EntryRow[]): Promise<Map<string, HourFlag[]>> {
  const facts = new Map((await flagFactsOf(db, poolId, rows.map((r) => r.id))).map((f) => [f.id, f]));
  const out = new Map<string, HourFlag[]>();
  for (const e of rows) {
    const f = facts.get(e.id);
    let assignment: AssignmentWindow | null = null;
    if (f?.assigned_at) {
      const w = assignmentWindow({ referredOn: f.referred_on, assignedOn: isoDateInZone(f.assigned_at), closedOn: f.closed_on });
      // A released mediator's window ends on the day of the release (or the close, if that came first).
      const released = f.released_at ? isoDateInZone(f.released_at) : null;
      assignment = released && (w.until === null || released < w.until) ? { ...w, until: released } : w;
    }
    out.set(
      e.id,
      hourFlags({ date: e.work_date, minutes: e.minutes, activity: e.activity, correction: e.corrects_id !== null, assignment, sessionMinutes: f?.session_minutes ?? null }),
    );
  }
  return out;
}
