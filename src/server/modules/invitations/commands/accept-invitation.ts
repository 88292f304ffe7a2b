// policy: public (the invitee has no account yet; the single-use token in the link is the key)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { hashPassword } from '../../../auth/passwords.js';
import { createSession } from '../../../auth/sessions.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { AcceptInvitationInput } from '../../../../contract/invitations.js';
import { verifyPassword } from '../../../auth/passwords.js';
import { addMembership, claimInvitation, findAccountByEmail, insertAccount, makePlatformAdminIfNone } from '../repository.js';
import { findOpenInvitation, invitationUnusable } from '../open-invitation.js';

/**
 * Turns an invitation into an account and signs the new account in; the guarded update makes a
 * link usable exactly once.
 */
export async function acceptInvitation(
  trx: Kysely<DB>,
  ctx: AuditContext,
  input: AcceptInvitationInput,
  client: { ip: string; userAgent: string | undefined },
) {
  const inv = await findOpenInvitation(trx, input.token);
  // Only the first administrator's invitation (made at start-up, not by a person) has a
  // placeholder address that the invitee replaces with their own.
  if (input.email !== undefined && inv.created_by !== null && input.email.toLowerCase() !== inv.email.toLowerCase()) {
    throw invalidField('email', 'fixed', 'Het e-mailadres van deze uitnodiging kan niet worden gewijzigd.');
  }
  const email = input.email?.trim() ?? inv.email;
  const name = input.name?.trim() || inv.name;
  // Someone who already has an account (in another pool) joins this pool with it: the password of
  // that account proves it is theirs, and the pool becomes a membership of it (ADR 0022).
  const existing = await findAccountByEmail(trx, email);
  if (existing) return joinPool(trx, ctx, inv, existing, input.password, client);

  const problem = checkPassword(input.password, email);
  if (problem) throw invalidField('password', problem, passwordProblemText[problem]);

  const user = await insertAccount(trx, {
    poolId: inv.pool_id,
    municipalityId: inv.municipality_id,
    email,
    name,
    roles: inv.roles,
    passwordHash: await hashPassword(input.password),
  });
  if (!(await claimInvitation(trx, inv.id, user.id))) throw invitationUnusable();
  // The first administrator of a new installation (the start-up's invitation) also administers the installation.
  if (inv.created_by === null && inv.roles.includes('admin')) await makePlatformAdminIfNone(trx, user.id);

  await writeAudit(trx, { ...ctx, poolId: inv.pool_id }, {
    action: 'invitation.accept',
    objectType: 'user',
    objectId: user.id,
    actorLabel: email,
    detail: { invitationId: inv.id, roles: inv.roles },
  });
  const session = await createSession(trx, user.id, client);
  return { user, session };
}

type OpenInvitation = Awaited<ReturnType<typeof findOpenInvitation>>;

/** An existing account accepts an invitation to another pool: a membership there, signed in to that pool. */
async function joinPool(
  trx: Kysely<DB>,
  ctx: AuditContext,
  inv: OpenInvitation,
  account: { id: string; password_hash: string | null; active: boolean },
  password: string,
  client: { ip: string; userAgent: string | undefined },
) {
  if (!account.active || !(await verifyPassword(account.password_hash, password))) {
    throw conflict(
      'Er bestaat al een account met dit e-mailadres. Vul het wachtwoord van dat account in om deze pool eraan toe te voegen, of stel uw wachtwoord opnieuw in.',
      'email-taken',
    );
  }
  if (!(await addMembership(trx, { userId: account.id, poolId: inv.pool_id, roles: inv.roles, municipalityId: inv.municipality_id }))) {
    throw conflict('U bent al lid van deze pool. Log in en kies de pool bovenin.', 'already-member');
  }
  if (!(await claimInvitation(trx, inv.id, account.id))) throw invitationUnusable();
  await writeAudit(trx, { ...ctx, poolId: inv.pool_id }, {
    action: 'invitation.accept',
    objectType: 'user',
    objectId: account.id,
    actorLabel: inv.email,
    detail: { invitationId: inv.id, roles: inv.roles, existingAccount: true },
  });
  const session = await createSession(trx, account.id, { ...client, poolId: inv.pool_id });
  return { user: { id: account.id, pool_id: inv.pool_id }, session };
}
