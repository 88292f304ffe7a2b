import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Role } from '../../../../domain/roles.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { invitationMail } from '../../../mail/templates/invitation-mail.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { conflict, invalidField } from '../../../http/problem.js';

export const INVITATION_DAYS = 7;

export interface CreateInvitationInput {
  poolId: string;
  email: string;
  name: string;
  roles: Role[];
  municipalityId: string | null;
  invitedBy: { userId: string; name: string } | null;
  baseUrl: string;
}

/** Invites someone to the pool: a single-use link by mail (through the outbox), valid for a week. */
export async function createInvitation(trx: Kysely<DB>, ctx: AuditContext, input: CreateInvitationInput) {
  const email = input.email.trim();
  const existing = await trx
    .selectFrom('app_user')
    .select('id')
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  if (existing) throw conflict('Er bestaat al een account met dit e-mailadres.', 'email-taken');

  if (input.municipalityId) {
    const member = await trx
      .selectFrom('pool_member')
      .select('municipality_id')
      .where('pool_id', '=', input.poolId)
      .where('municipality_id', '=', input.municipalityId)
      .executeTakeFirst();
    if (!member) throw invalidField('municipalityId', 'unknown', 'Kies een gemeente die lid is van de pool.');
  }

  const pool = await trx.selectFrom('pool').select('name').where('id', '=', input.poolId).executeTakeFirstOrThrow();
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000);

  // An open invitation for the same address is replaced, so only the newest link works.
  await trx
    .updateTable('invitation')
    .set({ revoked_at: new Date() })
    .where('pool_id', '=', input.poolId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();

  const invitation = await trx
    .insertInto('invitation')
    .values({
      pool_id: input.poolId,
      token_hash: sha256(token),
      email,
      name: input.name.trim(),
      municipality_id: input.municipalityId,
      roles: input.roles,
      created_by: input.invitedBy?.userId ?? null,
      expires_at: expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

  const link = `${input.baseUrl}/uitnodiging/${token}`;
  const mail = invitationMail({ name: invitation.name, poolName: pool.name, inviterName: input.invitedBy?.name ?? null, link, expiresAt });
  await enqueueMail(trx, { poolId: input.poolId, kind: 'invitation', to: email, ...mail });
  await writeAudit(trx, ctx, {
    action: 'invitation.create',
    objectType: 'invitation',
    objectId: invitation.id,
    detail: { email, roles: input.roles },
  });
  return { invitation, link };
}
