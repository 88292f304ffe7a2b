// policy: public (a calendar program fetches the feed by its secret address; the token is checked here, and only an active mediator's feed answers)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { sha256 } from '../../../auth/tokens.js';
import { notFound } from '../../../http/problem.js';
import { casesMediatedBy, findFeedByTokenHash, findSessions, touchFeed } from '../repository.js';
import { sessionCalendar, sessionEvent } from '../session-ics.js';

/** Sessions longer ago than this drop out of the feed. */
const FEED_HISTORY_DAYS = 400;

/**
 * The private calendar feed behind a secret address: every session of the cases the mediator is
 * on, cancelled ones included so subscribers remove them, without confidential notes.
 */
export async function calendarFeedIcs(db: Kysely<DB>, token: string, baseUrl: string): Promise<string> {
  const feed = await findFeedByTokenHash(db, sha256(token));
  if (!feed || !feed.roles.includes('mediator')) throw notFound();
  const caseIds = await casesMediatedBy(db, feed.pool_id, feed.user_id);
  const since = Date.now() - FEED_HISTORY_DAYS * 86_400_000;
  const sessions = (await findSessions(db, feed.pool_id, { caseIds })).filter((s) => s.ends_at.getTime() >= since);
  if (!feed.last_used_at || Date.now() - feed.last_used_at.getTime() > 60_000) await touchFeed(db, feed.id);
  return sessionCalendar(
    sessions.map((s) => sessionEvent(s, { baseUrl, includeDescription: false })),
    { name: `Mediationgesprekken ${feed.name}` },
  );
}
