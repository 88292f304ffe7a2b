import type { Database } from '../db/database.js';
import { systemContext } from '../audit/write-audit.js';
import { isoDateInZone } from '../../domain/calendar/iso-date.js';
import { listMonth } from '../../domain/retention/retention-terms.js';
import { claimJobRun } from '../modules/outcomes/index.js';
import { draftDestructionList, poolsForRetention, purgeExpiredLinks } from '../modules/retention/index.js';

export const RETENTION_JOB = 'destruction-proposal';

/**
 * Once a month per pool: a destruction list of what has passed its term, for a coordinator to
 * review and approve (nothing is destroyed without that approval). The job_run row (job,
 * pool:month) is claimed in the same transaction, so however many instances run, one list is
 * proposed a month; a month without anything due claims its run too. Every run also purges
 * expired links and sessions. Returns the lists proposed.
 */
export async function runRetention(db: Database, opts: { now?: Date } = {}): Promise<{ proposed: string[]; purged: Record<string, number> }> {
  const now = opts.now ?? new Date();
  const today = isoDateInZone(now);
  const proposed: string[] = [];
  for (const poolId of await poolsForRetention(db)) {
    const listId = await db.transaction().execute(async (trx) => {
      if (!(await claimJobRun(trx, RETENTION_JOB, `${poolId}:${listMonth(today)}`))) return null;
      const result = await draftDestructionList(trx, systemContext(poolId, 'bewaartermijnen'), poolId, today, { userId: null, label: 'Maandelijkse taak' });
      return result.kind === 'proposed' ? result.listId : null;
    });
    if (listId) proposed.push(listId);
  }
  const purged = await purgeExpiredLinks(db, now);
  return { proposed, purged };
}

/** Checks a few times a day; cheap when this month's lists exist. */
export function scheduleRetention(db: Database, opts: { log: { error: (o: object, m: string) => void } }, everyMs = 6 * 60 * 60_000) {
  const tick = () => void runRetention(db).catch((err: unknown) => opts.log.error({ err }, 'retention job failed'));
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
