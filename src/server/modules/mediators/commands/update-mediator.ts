import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { badRequest, conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { changedFields, isUniqueViolation, poolToday } from '../../registry/registry-support.js';
import { profileColumns, profileProblems, REGISTER_NUMBER_TAKEN, type ProfileFields } from '../mediator-rules.js';
import { HOME_MUNICIPALITY_REASON, isCurrentMember } from '../home-municipality.js';

export interface UpdateMediatorInput extends ProfileFields {
  /** Home municipality: the account's municipality (or the pending invitation's). */
  municipalityId?: string | undefined;
  /** Name of someone invited who has not accepted yet (an account's name is their own). */
  name?: string | undefined;
}

/** Changes a profile; the route has already limited a mediator to their own availability and languages. */
export async function updateMediator(trx: Kysely<DB>, ctx: AuditContext, poolId: string, mediatorId: string, input: UpdateMediatorInput): Promise<Record<string, unknown>> {
  const current = await trx.selectFrom('mediator_profile').selectAll().where('id', '=', mediatorId).where('pool_id', '=', poolId).forUpdate().executeTakeFirst();
  if (!current) throw notFound();

  // The expiry is checked only when it is being changed: a registration that lapsed by itself must
  // not block a change of languages; the status change and pool health deal with that.
  const problems = profileProblems({ ...input, status: current.status }, poolToday());
  if (input.municipalityId && !(await isCurrentMember(trx, poolId, input.municipalityId))) {
    problems.push({ name: 'municipalityId', code: 'unknown', reason: HOME_MUNICIPALITY_REASON });
  }
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);

  const columns = profileColumns(input);
  const changes: Record<string, unknown> = changedFields({ ...current }, columns);
  try {
    if (Object.keys(changes).length) {
      await trx.updateTable('mediator_profile').set({ ...columns, updated_at: new Date() }).where('id', '=', mediatorId).where('pool_id', '=', poolId).execute();
    }
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(REGISTER_NUMBER_TAKEN, 'duplicate');
    throw e;
  }

  if (input.municipalityId !== undefined || input.name !== undefined) {
    if (current.user_id) {
      if (input.name !== undefined) throw invalidField('name', 'own-account', 'De naam van een account wijzigt de persoon zelf (of de beheerder bij Gebruikers).');
      const user = await trx.selectFrom('app_user').select('municipality_id').where('id', '=', current.user_id).executeTakeFirstOrThrow();
      if (user.municipality_id !== input.municipalityId) {
        await trx.updateTable('app_user').set({ municipality_id: input.municipalityId!, updated_at: new Date() }).where('id', '=', current.user_id).execute();
        changes.municipalityId = [user.municipality_id, input.municipalityId];
      }
    } else {
      const inv = await trx.selectFrom('invitation').select(['municipality_id', 'name']).where('id', '=', current.invitation_id!).executeTakeFirstOrThrow();
      const set = {
        ...(input.municipalityId !== undefined && input.municipalityId !== inv.municipality_id ? { municipality_id: input.municipalityId } : {}),
        ...(input.name !== undefined && input.name.trim() !== inv.name ? { name: input.name.trim() } : {}),
      };
      if (Object.keys(set).length) {
        await trx.updateTable('invitation').set(set).where('id', '=', current.invitation_id!).execute();
        Object.assign(changes, changedFields({ municipality_id: inv.municipality_id, name: inv.name }, set));
      }
    }
  }
  if (Object.keys(changes).length) await writeAudit(trx, ctx, { action: 'mediator.update', objectType: 'mediator', objectId: mediatorId, detail: { changes } });
  return changes;
}
