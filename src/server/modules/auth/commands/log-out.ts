import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canAuth } from '../policy.js';
import { deleteSession } from '../repository.js';

/** Ends the actor's own session (a call with an API token has none to end). */
export async function logOut(trx: Kysely<DB>, ctx: AuditContext, actor: Actor) {
  ensureCan(canAuth, actor, 'log-out', { userId: actor.userId });
  if (!actor.sessionId) return;
  await deleteSession(trx, actor.sessionId);
  await writeAudit(trx, ctx, { action: 'logout', objectType: 'session', objectId: actor.userId });
}
