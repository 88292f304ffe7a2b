import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { Role } from '../../../../domain/roles.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

export interface UpdateUserInput {
  name?: string;
  roles?: Role[];
  active?: boolean;
  municipalityId?: string | null;
}

/** An administrator changes someone's name, roles, municipality or deactivates the account. */
export async function updateUser(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, userId: string, input: UpdateUserInput) {
  const user = await trx.selectFrom('app_user').selectAll().where('id', '=', userId).where('pool_id', '=', actor.poolId).executeTakeFirst();
  if (!user) throw notFound();

  // An administrator cannot lock themselves out; another administrator must do that.
  if (userId === actor.userId && (input.active === false || (input.roles && !input.roles.includes('admin')))) {
    throw conflict('U kunt uw eigen beheerdersrol of account niet uitschakelen. Vraag een andere beheerder.', 'self-lockout');
  }
  if (input.municipalityId) {
    const member = await trx
      .selectFrom('pool_member')
      .select('municipality_id')
      .where('pool_id', '=', actor.poolId)
      .where('municipality_id', '=', input.municipalityId)
      .executeTakeFirst();
    if (!member) throw invalidField('municipalityId', 'unknown', 'Kies een gemeente die lid is van de pool.');
  }

  const changes = {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.roles !== undefined ? { roles: [...new Set(input.roles)] } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.municipalityId !== undefined ? { municipality_id: input.municipalityId } : {}),
  };
  if (Object.keys(changes).length === 0) return;
  await trx.updateTable('app_user').set({ ...changes, updated_at: new Date() }).where('id', '=', userId).execute();
  if (input.active === false) await trx.deleteFrom('user_session').where('user_id', '=', userId).execute();

  const before = { name: user.name, roles: user.roles, active: user.active, municipalityId: user.municipality_id };
  await writeAudit(trx, ctx, { action: 'user.update', objectType: 'user', objectId: userId, detail: { before, after: input } });
}
