import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { CalendarFeed } from '../../../../contract/sessions.js';
import { POOL, canSession } from '../policy.js';
import { findActiveFeed } from '../repository.js';

/** Whether the mediator has an active calendar feed (the secret address is shown only when made). */
export async function getCalendarFeed(db: Kysely<DB>, actor: Actor): Promise<CalendarFeed> {
  ensureCan(canSession, actor, 'use-calendar-feed', POOL, 'collection');
  const row = await findActiveFeed(db, actor.userId);
  return { active: row !== undefined, createdAt: row?.created_at.toISOString() ?? null, lastUsedAt: row?.last_used_at?.toISOString() ?? null };
}
