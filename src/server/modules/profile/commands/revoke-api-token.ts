import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

/** Revokes one of the actor's own tokens; someone else's token answers 404. */
export async function revokeApiToken(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, tokenId: string) {
  const row = await trx.selectFrom('api_token').select(['id', 'revoked_at']).where('id', '=', tokenId).where('user_id', '=', actor.userId).executeTakeFirst();
  if (!row) throw notFound();
  if (row.revoked_at) return;
  await trx.updateTable('api_token').set({ revoked_at: new Date() }).where('id', '=', tokenId).where('revoked_at', 'is', null).execute();
  await writeAudit(trx, ctx, { action: 'api-token.revoke', objectType: 'api-token', objectId: tokenId });
}
