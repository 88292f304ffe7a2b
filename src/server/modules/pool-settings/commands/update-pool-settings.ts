import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { lockSettingsWithName, renamePool, updateSettingsRow } from '../repository.js';
import type { InvalidParam } from '../../../http/problem.js';
import { badRequest, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { changedFields } from '../../registry/index.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { updateAgreementPolicy } from '../../sessions/index.js';
import type { PoolSettingsChanges } from '../../../../contract/pool-settings.js';

/** Points per hour are kept with two decimals; the form offers quarters (0.25, 0.5, …). */
const isQuarterStep = (n: number) => Number.isFinite(n) && Math.abs(n * 4 - Math.round(n * 4)) < 1e-9;

type UpdatePoolSettingsInput = Omit<PoolSettingsChanges, 'mediationAgreementExemptRoutes'>;

/** An administrator changes the pool's name, settlement, norms, policies or covenant details. */
async function updateSettings(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: UpdatePoolSettingsInput): Promise<void> {
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const poolId = actor.poolId;
  const current = await lockSettingsWithName(trx, poolId);
  if (!current) throw notFound();

  const firstContact = input.normFirstContactDays ?? current.norm_first_contact_days;
  const assignment = input.normAssignmentDays ?? current.norm_assignment_days;
  const conclusion = input.normConclusionDays ?? current.norm_conclusion_days;
  const problems: InvalidParam[] = [];
  if (assignment < firstContact) {
    problems.push({ name: 'normAssignmentDays', code: 'order', reason: `De norm voor toewijzing (${assignment}) mag niet korter zijn dan die voor het eerste contact (${firstContact}).` });
  }
  if (conclusion < assignment) {
    problems.push({ name: 'normConclusionDays', code: 'order', reason: `De norm voor afronding (${conclusion}) mag niet korter zijn dan die voor toewijzing (${assignment}).` });
  }
  if (input.covenantSignedOn && input.covenantSignedOn > todayInAmsterdam()) {
    problems.push({ name: 'covenantSignedOn', code: 'future', reason: 'De datum van ondertekening kan niet in de toekomst liggen.' });
  }
  if (input.intervisionPointsPerHour !== undefined && !isQuarterStep(input.intervisionPointsPerHour)) {
    problems.push({ name: 'intervisionPointsPerHour', code: 'step', reason: 'Vul een getal in stappen van 0,25 in, bijvoorbeeld 1 of 1,5.' });
  }
  if (input.name !== undefined && input.name.trim() === '') problems.push({ name: 'name', code: 'minLength', reason: 'Dit veld mag niet leeg zijn.' });
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);

  const settings = {
    ...(input.settlementMode !== undefined ? { settlement_mode: input.settlementMode } : {}),
    ...(input.settlementPeriod !== undefined ? { settlement_period: input.settlementPeriod } : {}),
    ...(input.normFirstContactDays !== undefined ? { norm_first_contact_days: input.normFirstContactDays } : {}),
    ...(input.normAssignmentDays !== undefined ? { norm_assignment_days: input.normAssignmentDays } : {}),
    ...(input.normConclusionDays !== undefined ? { norm_conclusion_days: input.normConclusionDays } : {}),
    ...(input.goodFridayIsDayOff !== undefined ? { good_friday_day_off: input.goodFridayIsDayOff } : {}),
    ...(input.liberationDayIsDayOff !== undefined ? { liberation_day_day_off: input.liberationDayIsDayOff } : {}),
    ...(input.allowDifferentDepartment !== undefined ? { allow_different_department: input.allowDifferentDepartment } : {}),
    ...(input.requireSecondFactor !== undefined ? { require_second_factor: input.requireSecondFactor } : {}),
    ...(input.retentionMonths !== undefined ? { retention_months: input.retentionMonths } : {}),
    ...(input.aftercareWeeks !== undefined ? { aftercare_weeks: input.aftercareWeeks } : {}),
    ...(input.leadAfterCoMediations !== undefined ? { lead_after_co_mediations: input.leadAfterCoMediations } : {}),
    ...(input.intervisionPointsPerHour !== undefined && Number(current.intervision_points_per_hour) !== input.intervisionPointsPerHour ? { intervision_points_per_hour: input.intervisionPointsPerHour.toFixed(2) } : {}),
    ...(input.covenantSignedOn !== undefined ? { covenant_signed_on: input.covenantSignedOn } : {}),
    ...(input.covenantDescription !== undefined ? { covenant_description: input.covenantDescription?.trim() || null } : {}),
    ...(input.contactEmail !== undefined ? { contact_email: input.contactEmail?.trim() || null } : {}),
    ...(input.contactPhone !== undefined ? { contact_phone: input.contactPhone?.trim() || null } : {}),
    ...(input.compareWithOtherPools !== undefined ? { compare_with_other_pools: input.compareWithOtherPools } : {}),
  };
  const name = input.name?.trim();
  const changes = changedFields({ ...current }, { ...settings, ...(name !== undefined ? { name } : {}) });
  if (Object.keys(changes).length === 0) return;

  if (Object.keys(settings).length) await updateSettingsRow(trx, poolId, settings);
  if (name !== undefined && name !== current.name) {
    await renamePool(trx, poolId, name);
    await updateSettingsRow(trx, poolId, {});
  }
  await writeAudit(trx, ctx, { action: 'pool-settings.update', objectType: 'pool', objectId: poolId, detail: { changes } });
}

/**
 * The settings form saves the settings and the routes that may start without a signed agreement
 * (the sessions module's policy) in one go: either everything is stored or nothing.
 */
export async function updatePoolSettings(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, changes: PoolSettingsChanges): Promise<void> {
  const { mediationAgreementExemptRoutes: exempt, ...settings } = changes;
  await updateSettings(trx, ctx, actor, settings);
  if (exempt) await updateAgreementPolicy(trx, ctx, actor, exempt);
}
