import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import type { InvitationCreated, InviteInput } from '../../../../contract/invitations.js';
import { canInvitations } from '../policy.js';
import { createInvitation } from './create-invitation.js';

/** An administrator invites someone to the pool with the roles they will hold. */
export async function inviteUser(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: InviteInput & { baseUrl: string }): Promise<InvitationCreated> {
  ensureCan(canInvitations, actor, 'create', { poolId: actor.poolId }, 'collection');
  const { invitation, link } = await createInvitation(trx, ctx, {
    poolId: actor.poolId,
    email: input.email,
    name: input.name,
    roles: input.roles,
    municipalityId: input.municipalityId,
    invitedBy: { userId: actor.userId, name: actor.name },
    baseUrl: input.baseUrl,
  });
  return { id: invitation.id, acceptUrl: link, expiresAt: invitation.expires_at.toISOString() };
}
