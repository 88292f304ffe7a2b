import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { hashPassword } from '../../../auth/passwords.js';
import { checkPassword, passwordProblemText } from '../../../../domain/password-rules.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { findOpenInvitation, invitationUnusable } from '../find-open-invitation.js';

/** Turns an invitation into an account; the guarded update makes a link usable exactly once. */
export async function acceptInvitation(
  trx: Kysely<DB>,
  ctx: AuditContext,
  input: { token: string; password: string; name?: string | undefined; email?: string | undefined },
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

  const taken = await trx.selectFrom('app_user').select('id').where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  if (taken) throw conflict('Er bestaat al een account met dit e-mailadres. Log in of stel uw wachtwoord opnieuw in.', 'email-taken');

  const user = await trx
    .insertInto('app_user')
    .values({
      pool_id: inv.pool_id,
      municipality_id: inv.municipality_id,
      email,
      name,
      roles: inv.roles,
      password_hash: await hashPassword(input.password),
    })
    .returning(['id', 'pool_id'])
    .executeTakeFirstOrThrow();

  const claimed = await trx
    .updateTable('invitation')
    .set({ accepted_at: new Date(), user_id: user.id })
    .where('id', '=', inv.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw invitationUnusable();

  await writeAudit(trx, { ...ctx, poolId: inv.pool_id }, {
    action: 'invitation.accept',
    objectType: 'user',
    objectId: user.id,
    actorLabel: email,
    detail: { invitationId: inv.id, roles: inv.roles },
  });
  return user;
}
