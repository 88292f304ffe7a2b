// policy: public (the invitee has no account yet; the single-use token in the link is the key)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { InvitationLookup } from '../../../../contract/invitations.js';
import { poolName } from '../../pool/index.js';
import { findOpenInvitation } from '../open-invitation.js';
import { findAccountByEmail } from '../repository.js';

/** What an invitation link holds, for the "accept invitation" page. */
export async function lookUpInvitation(db: Kysely<DB>, token: string): Promise<InvitationLookup> {
  const inv = await findOpenInvitation(db, token);
  return {
    email: inv.email,
    name: inv.name,
    poolName: await poolName(db, inv.pool_id),
    expiresAt: inv.expires_at.toISOString(),
    // Only the first administrator's invitation (made at start-up, not by a person) has a
    // placeholder address that the invitee replaces with their own.
    emailEditable: inv.created_by === null,
    existingAccount: (await findAccountByEmail(db, inv.email)) !== undefined,
  };
}
