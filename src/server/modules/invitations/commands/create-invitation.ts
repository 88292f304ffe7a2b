// policy: the caller decides (invite-user asks canInvitations; the registry asks canMediator before it invites a new mediator; the first start is the system)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Role } from '../../../../domain/roles.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { invitationMail } from '../../../mail/templates/invitation-mail.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { poolName } from '../../pool/index.js';
import { isPoolMunicipality } from '../../users/index.js';
import { insertInvitation, isMemberOfPool, revokeOpenInvitationsFor } from '../repository.js';

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

/**
 * Invites someone to the pool: a single-use link by mail (through the outbox), valid for a week.
 * The caller has decided access: an administrator through `inviteUser` (the invitations policy),
 * the registry when it adds a new mediator (its own policy), or the first start (the system).
 */
export async function createInvitation(trx: Kysely<DB>, ctx: AuditContext, input: CreateInvitationInput) {
  const email = input.email.trim();
  // An account of another pool may be invited: accepting adds this pool to it (ADR 0022).
  if (await isMemberOfPool(trx, input.poolId, email)) throw conflict('Er bestaat al een account met dit e-mailadres in deze pool.', 'email-taken');
  if (input.municipalityId && !(await isPoolMunicipality(trx, input.poolId, input.municipalityId))) {
    throw invalidField('municipalityId', 'unknown', 'Kies een gemeente die lid is van de pool.');
  }

  const pool = await poolName(trx, input.poolId);
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000);

  await revokeOpenInvitationsFor(trx, input.poolId, email);
  const invitation = await insertInvitation(trx, {
    poolId: input.poolId,
    tokenHash: sha256(token),
    email,
    name: input.name.trim(),
    municipalityId: input.municipalityId,
    roles: input.roles,
    createdBy: input.invitedBy?.userId ?? null,
    expiresAt,
  });

  const link = `${input.baseUrl}/uitnodiging/${token}`;
  const mail = invitationMail({ name: invitation.name, poolName: pool, inviterName: input.invitedBy?.name ?? null, link, expiresAt });
  await enqueueMail(trx, { poolId: input.poolId, kind: 'invitation', to: email, ...mail });
  await writeAudit(trx, ctx, {
    action: 'invitation.create',
    objectType: 'invitation',
    objectId: invitation.id,
    detail: { email, roles: input.roles },
  });
  return { invitation, link };
}
