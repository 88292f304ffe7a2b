import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { ProblemError, invalidField } from '../../http/problem.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { finalSettlementCovering } from '../settlement/index.js';
import { isoDateInZone } from '../../../domain/calendar/iso-date.js';
import { assignmentWindow, outsideAssignment, type AssignmentWindow } from '../../../domain/cases/assignment-window.js';
import { currentAssignedAt, minutesOnDay } from './repository.js';

export const DAY_MINUTES = 24 * 60;

const hours = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Hours are logged for work done: not in the future (Dutch calendar day), not before the case. */
export function checkWorkDate(date: string, referredOn: string, field = 'date'): void {
  if (date > todayInAmsterdam()) throw invalidField(field, 'future', 'Uren schrijft u voor werk dat gedaan is: kies vandaag of een eerdere datum.');
  if (date < referredOn) throw invalidField(field, 'before-referral', 'Deze datum ligt vóór de aanmelding van de zaak.');
}

/** Dutch date for a problem text: 15-06-2026. */
const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

/** The days the mediator may log hours on the case (domain/cases/assignment-window.ts), from the case row and their assignment. */
export function windowOf(caseRow: { referred_on: string; closed_on: string | null }, assignedAt: Date): AssignmentWindow {
  return assignmentWindow({ referredOn: caseRow.referred_on, assignedOn: isoDateInZone(assignedAt), closedOn: caseRow.closed_on });
}

/**
 * Hours only within the mediator's assignment: not before the day they were assigned, not after
 * the day the case was closed. For logging and editing; corrections of approved hours are exempt
 * (they are booked today, in an open period, whatever became of the case).
 */
export async function checkInsideAssignment(db: Kysely<DB>, caseRow: { id: string; referred_on: string; closed_on: string | null }, mediatorId: string, date: string, field = 'date'): Promise<void> {
  const assignedAt = await currentAssignedAt(db, caseRow.id, mediatorId);
  if (!assignedAt) return; // not on the case: requireOwnAssignment has answered already
  const w = windowOf(caseRow, assignedAt);
  const why = outsideAssignment(date, w);
  if (why === 'before-assignment') throw invalidField(field, why, `U bent op ${dutchDate(w.from)} aan deze zaak toegewezen; uren schrijft u vanaf die dag.`);
  if (why === 'after-close') throw invalidField(field, why, `Deze zaak is op ${dutchDate(w.until!)} afgesloten; uren schrijft u tot en met die dag.`);
}

/** A date inside a finally settled period takes no new hours: book a correction in an open period. */
export async function checkOpenPeriod(db: Kysely<DB>, poolId: string, date: string, field = 'date'): Promise<void> {
  const final = await finalSettlementCovering(db, poolId, date);
  if (!final) return;
  throw new ProblemError(
    409,
    'period-final',
    'Periode is definitief afgerekend.',
    `De periode ${final.period_code} is definitief afgerekend; daarin kunnen geen uren meer worden geboekt of gewijzigd. Boek een correctie in een open periode.`,
    [{ name: field, code: 'period-final', reason: `Valt in de definitief afgerekende periode ${final.period_code}.` }],
  );
}

/**
 * At most 24 hours per mediator per day over their submitted and approved entries (corrections
 * excluded: they count against the day of the entry they correct). The caller holds the lock on
 * the mediator profile, so two entries at the same moment cannot both slip under the limit.
 */
export async function checkDayLimit(db: Kysely<DB>, mediatorId: string, date: string, minutes: number, exceptEntryId?: string): Promise<void> {
  const already = await minutesOnDay(db, mediatorId, date, exceptEntryId);
  if (already + minutes > DAY_MINUTES) {
    throw invalidField('minutes', 'day-limit', `Op ${date} staat al ${hours(already)} uur; samen kan het hoogstens 24 uur per dag zijn (nog ${hours(Math.max(0, DAY_MINUTES - already))}).`);
  }
}
