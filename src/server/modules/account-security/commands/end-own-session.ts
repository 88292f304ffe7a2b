import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canAccountSecurity } from '../policy.js';
import { deleteSession, findOwnSession } from '../repository.js';

/** Ends one of one's own sessions (someone else's is not there: 404); returns whether it was this one. */
export async function endOwnSession(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, publicId: string): Promise<{ current: boolean }> {
  const session = await findOwnSession(trx, actor.userId, publicId);
  if (!session) throw notFound();
  ensureCan(canAccountSecurity, actor, 'end-session', { userId: session.user_id, poolId: actor.poolId });
  await deleteSession(trx, session.id);
  await writeAudit(trx, ctx, { action: 'sign-in.session.end', objectType: 'user', objectId: actor.userId, detail: { session: publicId } });
  return { current: session.id === actor.sessionId };
}
