import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canInvitations } from '../policy.js';
import { findInvitation, markRevoked } from '../repository.js';

/** An administrator withdraws an invitation that is not accepted yet; revoking twice is fine. */
export async function revokeInvitation(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, invitationId: string) {
  const row = await findInvitation(trx, actor.poolId, invitationId);
  if (!row) throw notFound();
  // Access first (404 for anyone but the pool's administrators); the invitation's state next (409 once accepted).
  ensureCan(canInvitations, actor, 'revoke', { poolId: row.pool_id });
  if (row.accepted_at) throw conflict('Deze uitnodiging is al geaccepteerd.');
  if (row.revoked_at) return;
  await markRevoked(trx, invitationId);
  await writeAudit(trx, ctx, { action: 'invitation.revoke', objectType: 'invitation', objectId: invitationId });
}
