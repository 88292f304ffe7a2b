import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { loadPoolClockSettings } from '../modules/case-status/index.js';
import { casesInClockState } from '../modules/cases/index.js';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../domain/cases/case-status.js';
import { isoDateInZone, type IsoDate } from '../../domain/calendar/iso-date.js';
import { hourInAmsterdam } from '../../domain/calendar/iso-date.js';

export const DIGEST_JOB = 'deadline-digest';
/** The digest goes out from this hour (Europe/Amsterdam) on. */
export const DIGEST_HOUR = 7;

/**
 * Mails each coordinator one digest a day of the cases that are due soon or overdue. The
 * job_run row (job, day:coordinator) is inserted in the same transaction as the mail, so however
 * many instances run this and however often they restart, a coordinator gets it once a day.
 * A coordinator with nothing due soon or overdue gets no mail that day.
 */
export async function runDeadlineDigest(db: Database, opts: { baseUrl: string; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date();
  const today = isoDateInZone(now);
  let sent = 0;
  const pools = await db.selectFrom('pool').select(['id', 'name']).execute();
  for (const pool of pools) {
    const { calendar } = await loadPoolClockSettings(db, pool.id);
    const coordinators = await db
      .selectFrom('app_user')
      .select(['id', 'email', 'name'])
      .where('pool_id', '=', pool.id)
      .where('active', '=', true)
      .where(sql<boolean>`'coordinator' = ANY(roles)`)
      .execute();
    for (const co of coordinators) {
      const didSend = await db.transaction().execute(async (trx) => {
        const claimed = await trx
          .insertInto('job_run')
          .values({ job_name: DIGEST_JOB, run_key: `${today}:${co.id}` })
          .onConflict((oc) => oc.doNothing())
          .returning('run_key')
          .executeTakeFirst();
        if (!claimed) return false;
        const overdue = await casesInClockState(trx, pool.id, 'overdue', today as IsoDate, calendar);
        const soon = await casesInClockState(trx, pool.id, 'due_soon', today as IsoDate, calendar);
        if (overdue.length === 0 && soon.length === 0) return false;
        const line = (c: { number: string; status: string; next_due_on: string | null }) =>
          `- ${c.number} (${CASE_STATUS_LABELS[c.status as CaseStatus] ?? c.status}), termijn ${formatDate(c.next_due_on!)}`;
        await enqueueMail(trx, {
          poolId: pool.id,
          kind: DIGEST_JOB,
          to: co.email,
          subject: `Termijnen: ${overdue.length} verlopen, ${soon.length} bijna verlopen`,
          text: [
            `Beste ${co.name},`,
            ...(overdue.length ? ['', `Verlopen termijnen (${overdue.length}):`, ...overdue.map(line)] : []),
            ...(soon.length ? ['', `Binnen 2 werkdagen (${soon.length}):`, ...soon.map(line)] : []),
            '',
            `Bekijk ze in Mediatorpool: ${opts.baseUrl}/zaken`,
            '',
            pool.name,
          ].join('\n'),
        });
        return true;
      });
      if (didSend) sent++;
    }
  }
  return sent;
}

function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  return `${day}-${m}-${y}`;
}

/** Checks every few minutes whether today's digest is due; cheap when it already ran. */
export function scheduleDeadlineDigest(db: Database, opts: { baseUrl: string; log: { error: (o: object, m: string) => void } }, everyMs = 5 * 60_000) {
  const tick = async () => {
    const hour = hourInAmsterdam();
    if (hour < DIGEST_HOUR) return;
    await runDeadlineDigest(db, { baseUrl: opts.baseUrl }).catch((err: unknown) => opts.log.error({ err }, 'deadline digest failed'));
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
