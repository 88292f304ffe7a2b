import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, forbidden } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { UpdateHoursInput } from '../../../../contract/hours.js';
import { changedFields } from '../../registry/index.js';
import { canHours } from '../policy.js';
import { entryForPolicy, loadEntryForActor } from '../load-entry.js';
import { deleteEntryFrom, hasCorrections, updateEntryFrom } from '../repository.js';
import { checkDayLimit, checkInsideAssignment, checkOpenPeriod, checkWorkDate } from '../hour-rules.js';
import { requireOwnAssignment } from './log-hours.js';

export type { UpdateHoursInput };

/**
 * The entry's own mediator, while it is not approved: policy `read` first (404 for anyone who may
 * not see it), then `delete`, which is exactly "own and not approved"; the refusal says which.
 */
export async function loadOwnOpenEntry(trx: Kysely<DB>, actor: Actor, entryId: string) {
  const entry = await loadEntryForActor(trx, actor, entryId, { forUpdate: true });
  if (!canHours(actor, 'delete', entryForPolicy(entry))) {
    if (entry.mediator_user_id !== actor.userId) throw forbidden('Alleen de mediator zelf wijzigt of verwijdert eigen uren.');
    throw conflict('Goedgekeurde uren wijzigt u niet meer. Vraag de coördinator de goedkeuring in te trekken, of boek een correctie.', 'hours-approved');
  }
  return entry;
}

const stale = () => conflict('Deze uren zijn intussen gewijzigd. Laad de pagina opnieuw.', 'stale-hours');

/** The mediator changes a submitted or rejected entry; it goes (back) to the approval queue. */
export async function updateHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, entryId: string, input: UpdateHoursInput) {
  const entry = await loadOwnOpenEntry(trx, actor, entryId);
  if (entry.corrects_id !== null) throw conflict('Een correctie wijzigt u niet; verwijder haar en boek een nieuwe.', 'correction-immutable');
  const { caseRow, profile } = await requireOwnAssignment(trx, actor, entry.case_id);
  const next = {
    work_date: input.date ?? entry.work_date,
    minutes: input.minutes ?? entry.minutes,
    activity: input.activity ?? entry.activity,
    travel_km: input.travelKm === undefined ? entry.travel_km : input.travelKm,
    note: input.note === undefined ? entry.note : input.note?.trim() || null,
  };
  checkWorkDate(next.work_date, caseRow.referred_on);
  await checkInsideAssignment(trx, caseRow, profile.id, next.work_date);
  await checkOpenPeriod(trx, actor.poolId, next.work_date);
  await checkDayLimit(trx, profile.id, next.work_date, next.minutes, entry.id);
  const updated = await updateEntryFrom(trx, entry.id, entry.status, { ...next, status: 'submitted', reject_reason: null, decided_by: null, decided_at: null, updated_at: new Date() });
  if (!updated) throw stale();
  await writeAudit(trx, ctx, { action: 'hours.update', objectType: 'hour-entry', objectId: entry.id, detail: { changes: changedFields(entry, next) } });
}

export async function deleteHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, entryId: string) {
  const entry = await loadOwnOpenEntry(trx, actor, entryId);
  if (await hasCorrections(trx, entry.id)) throw conflict('Op deze uren staan correcties; verwijder die eerst.', 'has-corrections');
  if (!(await deleteEntryFrom(trx, entry.id, entry.status))) throw stale();
  await writeAudit(trx, ctx, { action: 'hours.delete', objectType: 'hour-entry', objectId: entry.id, detail: { caseId: entry.case_id, date: entry.work_date, minutes: entry.minutes } });
}
