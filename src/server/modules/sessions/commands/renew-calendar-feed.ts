import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

/** A new secret feed address; an earlier one stops working at once. The secret is shown only now. */
export async function renewCalendarFeed(trx: Kysely<DB>, ctx: AuditContext, actor: Actor) {
  const revoked = await trx
    .updateTable('calendar_feed')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const token = randomToken(32);
  const row = await trx
    .insertInto('calendar_feed')
    .values({ pool_id: actor.poolId, user_id: actor.userId, token_hash: sha256(token) })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, { action: 'calendar-feed.create', objectType: 'calendar-feed', objectId: row.id, detail: { replaced: Number(revoked.numUpdatedRows) > 0 } });
  return { token, createdAt: row.created_at };
}

export async function revokeCalendarFeed(trx: Kysely<DB>, ctx: AuditContext, actor: Actor) {
  const rows = await trx
    .updateTable('calendar_feed')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  if (rows.length === 0) throw notFound('U heeft geen actieve agendafeed.');
  await writeAudit(trx, ctx, { action: 'calendar-feed.revoke', objectType: 'calendar-feed', objectId: rows[0]!.id });
}
