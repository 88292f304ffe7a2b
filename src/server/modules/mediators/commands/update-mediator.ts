import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { badRequest, conflict, forbidden, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { changedFields, isUniqueViolation } from '../../registry/index.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { profileColumns, profileProblems, REGISTER_NUMBER_TAKEN, type ProfileFields } from '../mediator-rules.js';
import { HOME_MUNICIPALITY_REASON } from '../home-municipality.js';
import { accountMunicipality, invitationOf, isCurrentMember, lockProfile, updateAccount, updateInvitation, updateProfileColumns } from '../repository/profiles.js';
import { canMediator, OWN_PROFILE_FIELDS } from '../policy.js';
import { loadMediatorFor } from '../load-mediator.js';

export interface UpdateMediatorInput extends ProfileFields {
  /** Home municipality: the account's municipality (or the pending invitation's). */
  municipalityId?: string | undefined;
  /** Name of someone invited who has not accepted yet (an account's name is their own). */
  name?: string | undefined;
}

/**
 * Changes a profile: the keepers of the registry all of it, a mediator only their own languages and
 * capacity (anything else is 403; someone else's profile 404).
 */
export async function updateMediator(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, input: UpdateMediatorInput): Promise<Record<string, unknown>> {
  const target = await loadMediatorFor(trx, actor, mediatorId, 'read');
  if (!canMediator(actor, 'update', target)) {
    ensureCan(canMediator, actor, 'update-own', target);
    const other = Object.keys(input).filter((k) => !(OWN_PROFILE_FIELDS as readonly string[]).includes(k));
    if (other.length) throw forbidden(`U kunt zelf alleen uw talen en capaciteit wijzigen (niet: ${other.join(', ')}). Vraag de coördinator.`);
  }
  const poolId = actor.poolId;
  const current = await lockProfile(trx, poolId, mediatorId);
  if (!current) throw notFound();

  // The expiry is checked only when it is being changed: a registration that lapsed by itself must
  // not block a change of languages; the status change and pool health deal with that.
  const problems = profileProblems({ ...input, status: current.status }, todayInAmsterdam());
  if (input.municipalityId && !(await isCurrentMember(trx, poolId, input.municipalityId))) {
    problems.push({ name: 'municipalityId', code: 'unknown', reason: HOME_MUNICIPALITY_REASON });
  }
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);

  const columns = profileColumns(input);
  const changes: Record<string, unknown> = changedFields({ ...current }, columns);
  try {
    if (Object.keys(changes).length) {
      await updateProfileColumns(trx, poolId, mediatorId, columns);
    }
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(REGISTER_NUMBER_TAKEN, 'duplicate');
    throw e;
  }

  if (input.municipalityId !== undefined || input.name !== undefined) {
    if (current.user_id) {
      if (input.name !== undefined) throw invalidField('name', 'own-account', 'De naam van een account wijzigt de persoon zelf (of de beheerder bij Gebruikers).');
      const user = await accountMunicipality(trx, current.user_id);
      if (user.municipality_id !== input.municipalityId) {
        await updateAccount(trx, current.user_id, { municipality_id: input.municipalityId! });
        changes.municipalityId = [user.municipality_id, input.municipalityId];
      }
    } else {
      const inv = await invitationOf(trx, current.invitation_id!);
      const set = {
        ...(input.municipalityId !== undefined && input.municipalityId !== inv.municipality_id ? { municipality_id: input.municipalityId } : {}),
        ...(input.name !== undefined && input.name.trim() !== inv.name ? { name: input.name.trim() } : {}),
      };
      if (Object.keys(set).length) {
        await updateInvitation(trx, current.invitation_id!, set);
        Object.assign(changes, changedFields({ municipality_id: inv.municipality_id, name: inv.name }, set));
      }
    }
  }
  if (Object.keys(changes).length) await writeAudit(trx, ctx, { action: 'mediator.update', objectType: 'mediator', objectId: mediatorId, detail: { changes } });
  return changes;
}
