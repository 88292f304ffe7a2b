import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { POOL, canSession } from '../policy.js';
import { insertFeed, revokeActiveFeeds } from '../repository.js';

/** A new secret feed address (mediators); an earlier one stops working at once. The secret is shown only now. */
export async function renewCalendarFeed(trx: Kysely<DB>, ctx: AuditContext, actor: Actor) {
  ensureCan(canSession, actor, 'use-calendar-feed', POOL, 'collection');
  const revoked = await revokeActiveFeeds(trx, actor.userId);
  const token = randomToken(32);
  const row = await insertFeed(trx, actor.poolId, actor.userId, sha256(token));
  await writeAudit(trx, ctx, { action: 'calendar-feed.create', objectType: 'calendar-feed', objectId: row.id, detail: { replaced: revoked.length > 0 } });
  return { token, createdAt: row.created_at };
}

export async function revokeCalendarFeed(trx: Kysely<DB>, ctx: AuditContext, actor: Actor) {
  ensureCan(canSession, actor, 'use-calendar-feed', POOL, 'collection');
  const revoked = await revokeActiveFeeds(trx, actor.userId);
  if (revoked.length === 0) throw notFound('U heeft geen actieve agendafeed.');
  await writeAudit(trx, ctx, { action: 'calendar-feed.revoke', objectType: 'calendar-feed', objectId: revoked[0]! });
}
