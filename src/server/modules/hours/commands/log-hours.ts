import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, forbidden } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { LogHoursInput } from '../../../../contract/hours.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { canHours } from '../policy.js';
import { insertEntry, ownMediatorProfile } from '../repository.js';
import { checkDayLimit, checkInsideAssignment, checkOpenPeriod, checkWorkDate } from '../hour-rules.js';

export type { LogHoursInput };

export const NOT_ON_CASE = 'U bent geen mediator op deze zaak; alleen de mediators van de zaak schrijven er uren op.';

/**
 * The actor's profile if they may log hours on the case (policy `log`: a mediator on the case
 * now); 403 otherwise, 404 if they cannot see the case at all. The profile row stays locked for
 * the transaction, so the 24-hour check of two entries at once cannot both pass.
 */
export async function requireOwnAssignment(trx: Kysely<DB>, actor: Actor, caseId: string) {
  const { row, access, isAssignedMediator } = await loadCaseForActor(trx, actor, caseId);
  const profile = await ownMediatorProfile(trx, actor.poolId, actor.userId, { forUpdate: true });
  if (!profile || !canHours(actor, 'log', { kind: 'case', poolId: row.pool_id, access, actorOnCase: isAssignedMediator })) throw forbidden(NOT_ON_CASE);
  return { caseRow: row, profile };
}

/** A mediator logs time on a case they are on. Supplier: their municipality; user: the case's. */
export async function logHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: LogHoursInput) {
  const { caseRow, profile } = await requireOwnAssignment(trx, actor, caseId);
  if (!actor.municipalityId) {
    throw conflict('Uw account hoort niet bij een gemeente, dus is niet te bepalen wie de uren levert. Vraag de beheerder uw gemeente in te vullen.', 'no-municipality');
  }
  checkWorkDate(input.date, caseRow.referred_on);
  await checkInsideAssignment(trx, caseRow, profile.id, input.date);
  await checkOpenPeriod(trx, actor.poolId, input.date);
  await checkDayLimit(trx, profile.id, input.date, input.minutes);
  const id = await insertEntry(trx, {
    pool_id: actor.poolId,
    case_id: caseRow.id,
    mediator_id: profile.id,
    supplier_municipality_id: actor.municipalityId,
    user_municipality_id: caseRow.requesting_municipality_id,
    work_date: input.date,
    minutes: input.minutes,
    activity: input.activity,
    travel_km: input.travelKm ?? null,
    note: input.note?.trim() || null,
    created_by: actor.userId,
  });
  await writeAudit(trx, ctx, { action: 'hours.log', objectType: 'hour-entry', objectId: id, detail: { caseId, date: input.date, minutes: input.minutes, activity: input.activity } });
  return id;
}
