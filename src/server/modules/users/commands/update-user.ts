import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { Role } from '../../../../domain/roles.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canUsers } from '../policy.js';
import { endAllSessions, findAccount, findUser, isPoolMunicipality, updateAccount } from '../repository.js';
import { presentUser } from '../present-user.js';

export interface UpdateUserInput {
  name?: string | undefined;
  roles?: Role[] | undefined;
  active?: boolean | undefined;
  municipalityId?: string | null | undefined;
}

/** An administrator changes someone's name, roles, municipality or deactivates the account; answers the account as it is now. */
export async function updateUser(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, userId: string, input: UpdateUserInput) {
  const user = await findAccount(trx, actor.poolId, userId);
  if (!user) throw notFound();
  ensureCan(canUsers, actor, 'update', { poolId: user.pool_id });

  // An administrator cannot lock themselves out; another administrator must do that.
  if (userId === actor.userId && (input.active === false || (input.roles && !input.roles.includes('admin')))) {
    throw conflict('U kunt uw eigen beheerdersrol of account niet uitschakelen. Vraag een andere beheerder.', 'self-lockout');
  }
  if (input.municipalityId && !(await isPoolMunicipality(trx, actor.poolId, input.municipalityId))) {
    throw invalidField('municipalityId', 'unknown', 'Kies een gemeente die lid is van de pool.');
  }

  const changes = {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.roles !== undefined ? { roles: [...new Set(input.roles)] } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.municipalityId !== undefined ? { municipality_id: input.municipalityId } : {}),
  };
  if (Object.keys(changes).length > 0) {
    await updateAccount(trx, user, changes);
    if (input.active === false && user.home) await endAllSessions(trx, userId);
    const before = { name: user.name, roles: user.roles, active: user.active, municipalityId: user.municipality_id };
    await writeAudit(trx, ctx, { action: 'user.update', objectType: 'user', objectId: userId, detail: { before, after: input } });
  }
  return presentUser((await findUser(trx, actor.poolId, userId))!);
}
