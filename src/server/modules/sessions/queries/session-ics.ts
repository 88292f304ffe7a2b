import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canSession } from '../policy.js';
import { loadSessionForActor } from '../load-session.js';
import { icsFilename, sessionCalendar, sessionEvent } from '../session-ics.js';
import { localParts } from '../session-time.js';

/** The session as an .ics file for someone who sees the whole case (with the confidential note); audited. */
export async function sessionIcsFile(db: Kysely<DB>, ctx: AuditContext, actor: Actor, sessionId: string, baseUrl: string): Promise<{ ics: string; filename: string }> {
  const { session, object } = await loadSessionForActor(db, actor, sessionId);
  ensureCan(canSession, actor, 'download', object);
  const ics = sessionCalendar([sessionEvent(session, { baseUrl, includeDescription: true })], { stamp: session.updated_at });
  await writeAudit(db, ctx, { action: 'session.download', objectType: 'session', objectId: session.id, purpose: 'agenda' });
  return { ics, filename: icsFilename(session, localParts(session.starts_at, session.ends_at).date) };
}
