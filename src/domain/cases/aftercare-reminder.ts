import type { CaseStatus } from './case-status.js';

/** The case statuses in which aftercare is still to be done: after that it is closed, withdrawn or referred. */
export const AFTERCARE_OPEN_STATUSES: readonly CaseStatus[] = ['concluded', 'aftercare'];

/**
 * Whether a case's aftercare check is due for a reminder on `today` (YYYY-MM-DD, Europe/Amsterdam):
 * on or after the due date, while nobody has recorded it and the case is still concluded or in
 * aftercare. A case without a due date (never concluded) is never due.
 */
export function isAftercareReminderDue(c: { status: CaseStatus; aftercareDueOn: string | null; aftercareRecorded: boolean }, today: string): boolean {
  if (c.aftercareRecorded || c.aftercareDueOn === null) return false;
  if (!AFTERCARE_OPEN_STATUSES.includes(c.status)) return false;
  return c.aftercareDueOn <= today;
}

export interface CaseMediatorAccount {
  role: 'lead' | 'co';
  /** The mediator's account, when they have one. */
  userId: string | null;
  /** Signed-in mediators can act on the reminder: account active, password set, mediator role. */
  accountUsable: boolean;
}

export type AftercareReminderRecipients = { kind: 'mediators'; userIds: string[] } | { kind: 'coordinators' };

/**
 * Who is reminded: the lead mediator; if the lead cannot sign in (invitation not accepted, account
 * switched off), the co-mediators who can; if no mediator on the case can, the pool's coordinators,
 * who see every case's aftercare.
 */
export function aftercareReminderRecipients(mediators: readonly CaseMediatorAccount[]): AftercareReminderRecipients {
  const usable = (role: CaseMediatorAccount['role']) => [
    ...new Set(mediators.filter((m) => m.role === role && m.accountUsable && m.userId !== null).map((m) => m.userId as string)),
  ];
  const lead = usable('lead');
  if (lead.length > 0) return { kind: 'mediators', userIds: lead };
  const co = usable('co');
  if (co.length > 0) return { kind: 'mediators', userIds: co };
  return { kind: 'coordinators' };
}
