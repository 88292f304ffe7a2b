// policy: public (the invitee has no account yet; the single-use token in the link is the key)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { hashPassword } from '../../../auth/passwords.js';
import { createSession } from '../../../auth/sessions.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { AcceptInvitationInput } from '../../../../contract/invitations.js';
import { emailTaken } from '../../users/index.js';
import { claimInvitation, insertAccount } from '../repository.js';
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
  const problem = checkPassword(input.password, email);
  if (problem) throw invalidField('password', problem, passwordProblemText[problem]);

  if (await emailTaken(trx, email)) throw conflict('Er bestaat al een account met dit e-mailadres. Log in of stel uw wachtwoord opnieuw in.', 'email-taken');

  const user = await insertAccount(trx, {
    poolId: inv.pool_id,
    municipalityId: inv.municipality_id,
    email,
    name,
    roles: inv.roles,
    passwordHash: await hashPassword(input.password),
  });
  if (!(await claimInvitation(trx, inv.id, user.id))) throw invitationUnusable();

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
