import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { SessionList } from '../../../../contract/sessions.js';
import { canSession } from '../policy.js';
import { loadSessionCase } from '../load-session.js';
import { presentSessions } from '../present-session.js';
import { findSessions } from '../repository.js';

/** The sessions of a case (coordinator and the case's mediators), and whether the actor may plan one. */
export async function listCaseSessions(db: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, baseUrl: string): Promise<SessionList> {
  const { access, object } = await loadSessionCase(db, actor, caseId);
  ensureCan(canSession, actor, 'read', object);
  const rows = await findSessions(db, actor.poolId, { caseId });
  // The attending parties are named: a read of personal data.
  await writeAudit(db, ctx, { action: 'session.list', objectType: 'case', objectId: caseId, purpose: 'zaakbehandeling' });
  return { items: await presentSessions(db, actor, access, rows, baseUrl), allowedActions: allowedActions(canSession, actor, object, ['plan']) };
}
