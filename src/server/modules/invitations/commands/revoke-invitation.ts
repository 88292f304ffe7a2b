import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

export async function revokeInvitation(trx: Kysely<DB>, ctx: AuditContext, poolId: string, invitationId: string) {
  const row = await trx
    .selectFrom('invitation')
    .select(['id', 'accepted_at', 'revoked_at'])
    .where('id', '=', invitationId)
    .where('pool_id', '=', poolId)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.accepted_at) throw conflict('Deze uitnodiging is al geaccepteerd.');
  if (row.revoked_at) return;
  await trx.updateTable('invitation').set({ revoked_at: new Date() }).where('id', '=', invitationId).where('revoked_at', 'is', null).execute();
  await writeAudit(trx, ctx, { action: 'invitation.revoke', objectType: 'invitation', objectId: invitationId });
}
