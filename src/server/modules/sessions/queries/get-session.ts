import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCanRead } from '../../../auth/policy.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import type { CaseSession } from '../../../../contract/sessions.js';
import { canSession } from '../policy.js';
import { loadSessionForActor } from '../load-session.js';
import { presentSession } from '../present-session.js';

/** One session, read for the case's handling (audited). */
export async function getSession(db: Kysely<DB>, ctx: AuditContext, actor: Actor, sessionId: string, baseUrl: string): Promise<CaseSession> {
  const { session, access, object } = await loadSessionForActor(db, actor, sessionId);
  await ensureCanRead(db, ctx, canSession, actor, 'read', object, { objectType: 'session', objectId: session.id, purpose: 'zaakbehandeling' });
  return presentSession(db, actor, access, session, baseUrl);
}
