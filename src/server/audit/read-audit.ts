import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { writeAudit, type AuditContext } from './write-audit.js';

/** Whether this request already wrote an audit row that says why it read personal data. */
export async function requestHasReadAudit(db: Kysely<DB>, requestId: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_event')
    .select('id')
    .where('request_id', '=', requestId)
    .where('purpose', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The read row the personal-data hook writes when the use case wrote none: who (the context's
 * actor), what (the object named by the route's first path parameter, or the actor's own data on
 * a /me route, or the collection), when (the row's time) and why (the route's declared purpose).
 */
export async function writeRouteReadAudit(
  db: Kysely<DB>,
  ctx: AuditContext,
  read: { route: string; params: Record<string, unknown>; purpose: string },
): Promise<void> {
  const first = Object.entries(read.params).find(([, v]) => typeof v === 'string');
  const objectType = first ? first[0].replace(/Id$/, '') : read.route.startsWith('/api/v1/me/') ? 'user' : read.route.replace(/^\/api\/v1\//, '');
  const objectId = first ? String(first[1]) : read.route.startsWith('/api/v1/me/') ? (ctx.actor?.userId ?? null) : (ctx.actor?.poolId ?? null);
  await writeAudit(db, ctx, { action: `${objectType}.read`, objectType, objectId, purpose: read.purpose, detail: { route: read.route } });
}
