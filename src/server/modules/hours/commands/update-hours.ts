import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { HourActivity } from '../../../db/schema-hours.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, forbidden } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { changedFields } from '../../registry/registry-support.js';
import { loadEntryForActor } from '../queries.js';
import { checkDayLimit, checkOpenPeriod, checkWorkDate } from '../hour-rules.js';
import { requireOwnAssignment } from './log-hours.js';

export interface UpdateHoursInput {
  date?: string | undefined;
  minutes?: number | undefined;
  activity?: HourActivity | undefined;
  travelKm?: number | null | undefined;
  note?: string | null | undefined;
}

/** The entry's own mediator, while it is not approved. */
export async function loadOwnOpenEntry(trx: Kysely<DB>, actor: Actor, entryId: string) {
  const entry = await loadEntryForActor(trx, actor, entryId, { forUpdate: true });
  if (entry.mediator_user_id !== actor.userId) throw forbidden('Alleen de mediator zelf wijzigt of verwijdert eigen uren.');
  if (entry.status === 'approved') {
    throw conflict('Goedgekeurde uren wijzigt u niet meer. Vraag de coördinator de goedkeuring in te trekken, of boek een correctie.', 'hours-approved');
  }
  return entry;
}

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
  await checkOpenPeriod(trx, actor.poolId, next.work_date);
  await checkDayLimit(trx, profile.id, next.work_date, next.minutes, entry.id);
  const res = await trx
    .updateTable('hour_entry')
    .set({ ...next, status: 'submitted', reject_reason: null, decided_by: null, decided_at: null, updated_at: new Date() })
    .where('id', '=', entry.id)
    .where('status', '=', entry.status)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('Deze uren zijn intussen gewijzigd. Laad de pagina opnieuw.', 'stale-hours');
  await writeAudit(trx, ctx, { action: 'hours.update', objectType: 'hour-entry', objectId: entry.id, detail: { changes: changedFields(entry, next) } });
}

export async function deleteHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, entryId: string) {
  const entry = await loadOwnOpenEntry(trx, actor, entryId);
  const hasCorrections = await trx.selectFrom('hour_entry').select('id').where('corrects_id', '=', entry.id).executeTakeFirst();
  if (hasCorrections) throw conflict('Op deze uren staan correcties; verwijder die eerst.', 'has-corrections');
  const res = await trx.deleteFrom('hour_entry').where('id', '=', entry.id).where('status', '=', entry.status).executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) throw conflict('Deze uren zijn intussen gewijzigd. Laad de pagina opnieuw.', 'stale-hours');
  await writeAudit(trx, ctx, { action: 'hours.delete', objectType: 'hour-entry', objectId: entry.id, detail: { caseId: entry.case_id, date: entry.work_date, minutes: entry.minutes } });
}
