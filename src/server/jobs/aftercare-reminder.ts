import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { aftercareReminderMail } from '../mail/templates/aftercare-reminder-mail.js';
import { AFTERCARE_OPEN_STATUSES, aftercareReminderRecipients, isAftercareReminderDue } from '../../domain/cases/aftercare-reminder.js';
import type { CaseStatus } from '../../domain/cases/case-status.js';
import { isoDateInZone } from '../../domain/calendar/iso-date.js';
import { formatDutchDate } from '../../domain/calendar/iso-date.js';
import { DIGEST_HOUR } from './deadline-digest.js';

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
  const due = await db
    .selectFrom('case_outcome as o')
    .innerJoin('mediation_case as c', 'c.id', 'o.case_id')
    .select(['c.id', sql<string>`to_char(o.aftercare_due_on, 'YYYY-MM-DD')`.as('due_on')])
    .where('c.status', 'in', AFTERCARE_OPEN_STATUSES)
    .where('o.aftercare_kept', 'is', null)
    .where('o.aftercare_due_on', '<=', today)
    // Already reminded: skipped here, so the job stays cheap on every tick after.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('job_run as j')
            .select('j.run_key')
            .where('j.job_name', '=', AFTERCARE_REMINDER_JOB)
            .whereRef('j.run_key', '=', sql`c.id::text || ':' || to_char(o.aftercare_due_on, 'YYYY-MM-DD')`),
        ),
      ),
    )
    .orderBy('o.aftercare_due_on')
    .orderBy('c.number')
    .execute();

  let reminded = 0;
  for (const candidate of due) {
    const didSend = await db.transaction().execute(async (trx) => {
      // Locked and checked again: it may have been recorded, closed or reopened in the meantime.
      const c = await trx
        .selectFrom('mediation_case as c')
        .innerJoin('case_outcome as o', 'o.case_id', 'c.id')
        .innerJoin('pool as p', 'p.id', 'c.pool_id')
        .select(['c.id', 'c.pool_id', 'c.number', 'c.status', 'p.name as pool_name', 'o.aftercare_kept', sql<string | null>`to_char(o.aftercare_due_on, 'YYYY-MM-DD')`.as('due_on')])
        .where('c.id', '=', candidate.id)
        .forUpdate(['c'])
        .executeTakeFirst();
      if (!c || c.due_on !== candidate.due_on) return false;
      if (!isAftercareReminderDue({ status: c.status as CaseStatus, aftercareDueOn: c.due_on, aftercareRecorded: c.aftercare_kept !== null }, today)) return false;

      const mediators = await trx
        .selectFrom('case_mediator as cm')
        .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
        .leftJoin('app_user as u', 'u.id', 'mp.user_id')
        .select([
          'cm.role',
          'mp.user_id',
          sql<boolean>`coalesce(u.active AND u.password_hash IS NOT NULL AND 'mediator' = ANY(u.roles), false)`.as('usable'),
        ])
        .where('cm.case_id', '=', c.id)
        .where('cm.released_at', 'is', null)
        .execute();
      const choice = aftercareReminderRecipients(mediators.map((m) => ({ role: m.role, userId: m.user_id, accountUsable: m.usable })));
      let recipients = trx.selectFrom('app_user').select(['email', 'name']).where('pool_id', '=', c.pool_id).where('active', '=', true);
      recipients =
        choice.kind === 'mediators' ? recipients.where('id', 'in', choice.userIds) : recipients.where(sql<boolean>`'coordinator' = ANY(roles)`);
      const to = await recipients.orderBy('email').execute();
      // Nobody to tell (a pool without an active coordinator): not claimed, so the reminder goes
      // out once somebody can receive it.
      if (to.length === 0) return false;

      const claimed = await trx
        .insertInto('job_run')
        .values({ job_name: AFTERCARE_REMINDER_JOB, run_key: runKey(c.id, candidate.due_on) })
        .onConflict((oc) => oc.doNothing())
        .returning('run_key')
        .executeTakeFirst();
      if (!claimed) return false;
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
    const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Europe/Amsterdam' }).format(new Date()));
    if (hour < DIGEST_HOUR) return;
    await runAftercareReminders(db, { baseUrl: opts.baseUrl }).catch((err: unknown) => opts.log.error({ err }, 'aftercare reminders failed'));
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
