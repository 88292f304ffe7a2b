import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canProfile } from '../policy.js';
import { findOwnToken, markTokenRevoked } from '../repository.js';

/** Revokes one of the actor's own tokens; someone else's token answers 404. */
export async function revokeApiToken(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, tokenId: string) {
  const row = await findOwnToken(trx, actor.userId, tokenId);
  if (!row) throw notFound();
  // Access only (someone else's token is 404); revoking a revoked token again changes nothing.
  ensureCan(canProfile, actor, 'revoke-token', { userId: row.user_id });
  if (row.revoked_at) return;
  await markTokenRevoked(trx, tokenId);
  await writeAudit(trx, ctx, { action: 'api-token.revoke', objectType: 'api-token', objectId: tokenId });
}
