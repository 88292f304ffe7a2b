import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { writeAudit, type AuditContext } from './write-audit.js';

/** Path parameters whose object type is not their name without `Id` (the audit log's words). */
const PARAM_OBJECT_TYPES: Record<string, string> = { entryId: 'hour-entry' };

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
  const objectType = first ? (PARAM_OBJECT_TYPES[first[0]] ?? first[0].replace(/Id$/, '')) : read.route.startsWith('/api/v1/me/') ? 'user' : read.route.replace(/^\/api\/v1\//, '');
  const objectId = first ? String(first[1]) : read.route.startsWith('/api/v1/me/') ? (ctx.actor?.userId ?? null) : (ctx.actor?.poolId ?? null);
  await writeAudit(db, ctx, { action: `${objectType}.read`, objectType, objectId, purpose: read.purpose, detail: { route: read.route } });
}
