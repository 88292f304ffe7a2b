import type { IsoDate } from '../calendar/iso-date.js';

/**
 * The days a mediator may log hours on a case: from the day they were assigned (Europe/Amsterdam)
 * — never before the referral — up to and including the day the case was closed (closed, withdrawn
 * or referred elsewhere: `closed_on`). A concluded case still takes hours (reporting, aftercare)
 * until it is closed. A released mediator logs nothing at all (they are no longer on the case).
 */
export interface AssignmentWindow {
  /** The first day hours may be logged. */
  from: IsoDate;
  /** The last day hours may be logged; null while the case is not closed. */
  until: IsoDate | null;
}

export function assignmentWindow(c: { referredOn: IsoDate; assignedOn: IsoDate; closedOn: IsoDate | null }): AssignmentWindow {
  return { from: c.assignedOn > c.referredOn ? c.assignedOn : c.referredOn, until: c.closedOn };
}

/** Why a work date falls outside the window, or null when it is inside. */
export function outsideAssignment(date: IsoDate, w: AssignmentWindow): 'before-assignment' | 'after-close' | null {
  if (date < w.from) return 'before-assignment';
  if (w.until !== null && date > w.until) return 'after-close';
  return null;
}

/** Whether the case still takes hours today (the form offers only those cases). */
export const takesHoursOn = (today: IsoDate, w: AssignmentWindow): boolean => w.until === null || today <= w.until;
