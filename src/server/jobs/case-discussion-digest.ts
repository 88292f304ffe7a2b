import type { Database } from '../db/database.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { caseDiscussionDigestMail } from '../mail/templates/case-discussion-digest-mail.js';
import { hourInAmsterdam, isoDateInZone, weekdayOf } from '../../domain/calendar/iso-date.js';
import { DIGEST_HOUR } from './deadline-digest.js';
import { claimJobRun } from '../modules/outcomes/index.js';
import { digestSubscribers, markDigestSent, newPostsInFollowedThreads } from '../modules/case-discussion/index.js';

export const CASE_DISCUSSION_DIGEST_JOB = 'case-discussion-digest';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Mails everyone who opted in a digest of the new posts (by others, not hidden) in the threads
 * they follow: daily, or weekly on Monday. The job_run row (job, frequency:day:user) is inserted
 * in the same transaction as the mail and the "last sent" mark, so however many instances run
 * this, a person gets one digest per period; with nothing new there is no mail (and the period is
 * not claimed, so a post later that day still goes out). The first digest covers the last period.
 */
export async function runCaseDiscussionDigest(db: Database, opts: { baseUrl: string; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date();
  const today = isoDateInZone(now);
  const frequencies: ('daily' | 'weekly')[] = weekdayOf(today) === 1 ? ['daily', 'weekly'] : ['daily'];
  let sent = 0;
  for (const frequency of frequencies) {
    const periodMs = frequency === 'daily' ? DAY_MS : 7 * DAY_MS;
    for (const person of await digestSubscribers(db, frequency)) {
      const since = person.last_sent_at ?? new Date(now.getTime() - periodMs);
      const threads = await newPostsInFollowedThreads(db, person.id, since);
      if (threads.length === 0) continue;
      const didSend = await db.transaction().execute(async (trx) => {
        if (!(await claimJobRun(trx, CASE_DISCUSSION_DIGEST_JOB, `${frequency}:${today}:${person.id}`))) return false;
        const mail = caseDiscussionDigestMail({
          name: person.name,
          poolName: person.pool_name,
          frequency,
          threads: threads.map((t) => ({ title: t.title, newPosts: t.new_posts, link: `${opts.baseUrl}/community/casuistiek/${t.id}` })),
          settingsLink: `${opts.baseUrl}/community/casuistiek`,
        });
        await enqueueMail(trx, { poolId: person.pool_id, kind: CASE_DISCUSSION_DIGEST_JOB, to: person.email, ...mail });
        await markDigestSent(trx, person.id, now);
        return true;
      });
      if (didSend) sent++;
    }
  }
  return sent;
}

/** Checks every few minutes, from the digest's hour on; cheap when nobody opted in. */
export function scheduleCaseDiscussionDigest(db: Database, opts: { baseUrl: string; log: { error: (o: object, m: string) => void } }, everyMs = 5 * 60_000) {
  const tick = async () => {
    if (hourInAmsterdam() < DIGEST_HOUR) return;
    await runCaseDiscussionDigest(db, { baseUrl: opts.baseUrl }).catch((err: unknown) => opts.log.error({ err }, 'case discussion digest failed'));
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
