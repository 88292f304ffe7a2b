import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { INVITATION_OBJECT_ACTIONS, type InvitationList, type InvitationListQueryInput, type InvitationStatus } from '../../../../contract/invitations.js';
import { pageFields } from '../../../db/paging.js';
import { isRole } from '../../../../domain/roles.js';
import { canInvitations } from '../policy.js';
import { listInvitations as selectInvitations } from '../repository.js';

/** One page of the pool's invitations, newest first, with their state now. */
export async function listInvitations(db: Kysely<DB>, actor: Actor, query: InvitationListQueryInput): Promise<InvitationList> {
  ensureCan(canInvitations, actor, 'list', { poolId: actor.poolId }, 'collection');
  const { page = 1, pageSize = 25 } = query;
  const { rows, counted } = await selectInvitations(db, actor.poolId, { page, pageSize });
  const now = Date.now();
  return {
    items: rows.map((r) => {
      const status: InvitationStatus = r.accepted_at ? 'accepted' : r.revoked_at ? 'revoked' : r.expires_at.getTime() < now ? 'expired' : 'open';
      return {
        id: r.id,
        email: r.email,
        name: r.name,
        roles: r.roles.filter(isRole),
        municipalityId: r.municipality_id,
        status,
        createdAt: r.created_at.toISOString(),
        expiresAt: r.expires_at.toISOString(),
        allowedActions: allowedActions(canInvitations, actor, { poolId: r.pool_id, status }, INVITATION_OBJECT_ACTIONS),
      };
    }),
    ...pageFields({ page, pageSize }, counted),
  };
}
