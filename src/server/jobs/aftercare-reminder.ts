import type { Database } from '../db/database.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { aftercareReminderMail } from '../mail/templates/aftercare-reminder-mail.js';
import { AFTERCARE_OPEN_STATUSES, aftercareReminderRecipients, isAftercareReminderDue } from '../../domain/cases/aftercare-reminder.js';
import type { CaseStatus } from '../../domain/cases/case-status.js';
import { isoDateInZone } from '../../domain/calendar/iso-date.js';
import { formatDutchDate } from '../../domain/calendar/iso-date.js';
import { DIGEST_HOUR } from './deadline-digest.js';
import { claimJobRun, dueAftercareCandidates, lockAftercareCase, reminderMediators, reminderRecipients } from '../modules/outcomes/index.js';
import { hourInAmsterdam } from '../../domain/calendar/iso-date.js';

export const AFTERCARE_REMINDER_JOB = 'aftercare-reminder';

/** The ledger key: one reminder per case and due date (a reopened and again concluded case gets a new date). */
const runKey = (caseId: string, dueOn: string) => `${caseId}:${dueOn}`;

/**
 * Reminds the case's mediator, once, that the aftercare check is due: on or after the due date,
 * while aftercare is not recorded and the case is still concluded or in aftercare. The job_run row
 * (job, case:due date) is inserted in the same transaction as the mail, so however many instances
 * run this and however often they restart, the reminder goes out once. When no mediator on the case
 * can sign in, the pool's coordinators get it instead. Returns the number of cases reminded.
 */
export async function runAftercareReminders(db: Database, opts: { baseUrl: string; now?: Date }): Promise<number> {
  const today = isoDateInZone(opts.now ?? new Date());
  const due = await dueAftercareCandidates(db, AFTERCARE_OPEN_STATUSES, today, AFTERCARE_REMINDER_JOB);

  let reminded = 0;
  for (const candidate of due) {
    const didSend = await db.transaction().execute(async (trx) => {
      // Locked and checked again: it may have been recorded, closed or reopened in the meantime.
      const c = await lockAftercareCase(trx, candidate.id);
      if (!c || c.due_on !== candidate.due_on) return false;
      if (!isAftercareReminderDue({ status: c.status as CaseStatus, aftercareDueOn: c.due_on, aftercareRecorded: c.aftercare_kept !== null }, today)) return false;

      const mediators = await reminderMediators(trx, c.id);
      const choice = aftercareReminderRecipients(mediators.map((m) => ({ role: m.role, userId: m.user_id, accountUsable: m.usable })));
      const to = await reminderRecipients(trx, c.pool_id, choice.kind === 'mediators' ? choice.userIds : null);
      // Nobody to tell (a pool without an active coordinator): not claimed, so the reminder goes
      // out once somebody can receive it.
      if (to.length === 0) return false;

      if (!(await claimJobRun(trx, AFTERCARE_REMINDER_JOB, runKey(c.id, candidate.due_on)))) return false;
      for (const person of to) {
        const mail = aftercareReminderMail({
          name: person.name,
          poolName: c.pool_name,
          caseNumber: c.number,
          dueOn: formatDutchDate(candidate.due_on),
          link: `${opts.baseUrl}/zaken/${c.id}`,
          asCoordinator: choice.kind === 'coordinators',
        });
        await enqueueMail(trx, { poolId: c.pool_id, kind: AFTERCARE_REMINDER_JOB, to: person.email, ...mail });
      }
      return true;
    });
    if (didSend) reminded++;
  }
  return reminded;
}

/** Checks every few minutes, from the digest's hour on, whether aftercare fell due; cheap when nothing did. */
export function scheduleAftercareReminders(db: Database, opts: { baseUrl: string; log: { error: (o: object, m: string) => void } }, everyMs = 5 * 60_000) {
  const tick = async () => {
    const hour = hourInAmsterdam();
    if (hour < DIGEST_HOUR) return;
    await runAftercareReminders(db, { baseUrl: opts.baseUrl }).catch((err: unknown) => opts.log.error({ err }, 'aftercare reminders failed'));
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
