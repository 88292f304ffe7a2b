import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { SESSION_IDLE_MINUTES } from '../../../plugins/authentication.js';
import type { SignedInSessionList } from '../../../../contract/account-security.js';
import { canAccountSecurity } from '../policy.js';
import { listActiveSessions } from '../repository.js';
import { presentSession } from '../present.js';

/** One's own sessions that still work: device, address, since when, last seen, and which is this one. */
export async function listOwnSessions(db: Kysely<DB>, actor: Actor): Promise<SignedInSessionList> {
  const own = { userId: actor.userId, poolId: actor.poolId };
  ensureCan(canAccountSecurity, actor, 'read-own', own);
  const rows = await listActiveSessions(db, actor.userId, new Date(Date.now() - SESSION_IDLE_MINUTES * 60_000));
  return { items: rows.map((r) => presentSession(r, actor.sessionId, canAccountSecurity(actor, 'end-session', own) ? ['end-session'] : [])) };
}
