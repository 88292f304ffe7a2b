import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { InvalidParam } from '../../../http/problem.js';
import { badRequest, conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { ensureCan } from '../../../auth/policy.js';
import { createInvitation } from '../../invitations/index.js';
import type { MediatorStatus } from '../../../../domain/registry/mediator-values.js';
import { isUniqueViolation } from '../../registry/index.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { profileColumns, profileProblems, REGISTER_NUMBER_TAKEN, type ProfileFields } from '../mediator-rules.js';
import { HOME_MUNICIPALITY_REASON } from '../home-municipality.js';
import { findPendingProfileByEmail, findProfileOfAccount, insertProfile, insertStatusChange, isCurrentMember, lockPoolAccount, updateAccount } from '../repository/profiles.js';
import { canMediator } from '../policy.js';

export interface CreateMediatorInput extends ProfileFields {
  /** An existing account of the pool ... */
  userId?: string | undefined;
  /** ... or a new person, invited by mail. */
  invite?: { email: string; name: string } | undefined;
  municipalityId?: string | undefined;
  status?: MediatorStatus | undefined;
  statusNote?: string | undefined;
}

/**
 * Registers a mediator or process facilitator: for an existing account (which gets the mediator
 * role), or together with an invitation; the profile is linked to the account when the invitation
 * is accepted. New mediators start "in training" unless another status is given.
 */
export async function createMediator(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: CreateMediatorInput, baseUrl: string): Promise<string> {
  ensureCan(canMediator, actor, 'create', { poolId: actor.poolId }, 'collection');
  if ((input.userId === undefined) === (input.invite === undefined)) {
    throw badRequest('Kies een bestaand account óf nodig iemand uit.', [{ name: 'userId', code: 'one-of', reason: 'Geef userId of invite, niet allebei en niet geen van beide.' }]);
  }
  const today = todayInAmsterdam();
  const status = input.status ?? 'in_training';
  const problems: InvalidParam[] = profileProblems({ ...input, status }, today);

  let user: { id: string; municipality_id: string | null; roles: string[]; email: string } | undefined;
  if (input.userId) {
    user = await lockPoolAccount(trx, actor.poolId, input.userId);
    if (!user) throw invalidField('userId', 'unknown', 'Dit account bestaat niet in de pool.');
  }
  const municipalityId = input.municipalityId ?? user?.municipality_id ?? null;
  if (!municipalityId) problems.push({ name: 'municipalityId', code: 'required', reason: 'Kies de thuisgemeente van de mediator.' });
  else if (!(await isCurrentMember(trx, actor.poolId, municipalityId))) problems.push({ name: 'municipalityId', code: 'unknown', reason: HOME_MUNICIPALITY_REASON });
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);

  if (user) {
    const existing = await findProfileOfAccount(trx, actor.poolId, user.id);
    if (existing) throw conflict('Deze persoon staat al als mediator in het register.', 'duplicate', { mediatorId: existing.id });
  } else {
    const email = input.invite!.email.trim().toLowerCase();
    const pending = await findPendingProfileByEmail(trx, actor.poolId, email);
    if (pending) throw conflict('Deze persoon is al als mediator uitgenodigd.', 'duplicate', { mediatorId: pending.id });
  }

  let invitationId: string | null = null;
  if (user) {
    const changes: { roles?: string[]; municipality_id?: string } = {};
    if (!user.roles.includes('mediator')) changes.roles = [...user.roles, 'mediator'];
    if (user.municipality_id !== municipalityId) changes.municipality_id = municipalityId!;
    if (Object.keys(changes).length) {
      await updateAccount(trx, user.id, changes);
      await writeAudit(trx, ctx, { action: 'user.update', objectType: 'user', objectId: user.id, detail: { reason: 'mediator profile', after: changes } });
    }
  } else {
    const { invitation } = await createInvitation(trx, ctx, {
      poolId: actor.poolId,
      email: input.invite!.email,
      name: input.invite!.name,
      roles: ['mediator'],
      municipalityId,
      invitedBy: { userId: actor.userId, name: actor.name },
      baseUrl,
    });
    invitationId = invitation.id;
  }

  try {
    const profile = await insertProfile(trx, {
      pool_id: actor.poolId,
      user_id: user?.id ?? null,
      invitation_id: invitationId,
      status,
      status_since: today,
      ...profileColumns(input),
    });
    await insertStatusChange(trx, { pool_id: actor.poolId, mediator_id: profile.id, status, from_date: today, note: input.statusNote ?? 'Opgenomen in het register', changed_by: actor.userId });
    await writeAudit(trx, ctx, {
      action: 'mediator.create',
      objectType: 'mediator',
      objectId: profile.id,
      detail: { userId: user?.id ?? null, invitationId, status, municipalityId, fields: profileColumns(input) },
    });
    return profile.id;
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(REGISTER_NUMBER_TAKEN, 'duplicate');
    throw e;
  }
}
