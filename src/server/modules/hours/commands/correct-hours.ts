import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict, forbidden, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { CorrectionInput } from '../../../../contract/hours.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { canHours } from '../policy.js';
import { entryForPolicy, loadEntryForActor } from '../load-entry.js';
import { caseReferredOn, correctionMinutes, insertEntry } from '../repository.js';
import { DAY_MINUTES, checkOpenPeriod, checkWorkDate } from '../hour-rules.js';

export type { CorrectionInput };

/**
 * A correction of approved hours: a new entry (possibly negative) dated in an open period that
 * points at the original, so a final settlement never changes. It goes through approval like any
 * entry. The original plus its corrections stays between 0 and 24 hours.
 */
export async function correctHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, originalId: string, input: CorrectionInput) {
  const original = await loadEntryForActor(trx, actor, originalId, { forUpdate: true });
  // Policy `correct` for who: a coordinator, or the entry's own mediator while on the case (the
  // state checks below answer 409 with their reason).
  if (!canHours(actor, 'correct', { ...entryForPolicy(original), original: true, status: 'approved' })) {
    throw forbidden('Alleen de mediator van de zaak of een coördinator boekt een correctie.');
  }
  if (original.corrects_id !== null) throw conflict('Corrigeer de oorspronkelijke uren, niet een correctie.', 'correction-of-correction');
  if (original.status !== 'approved') throw conflict('Alleen goedgekeurde uren worden gecorrigeerd; ingediende of afgekeurde uren past u gewoon aan.', 'not-approved');
  if (input.minutes === 0) throw invalidField('minutes', 'zero', 'Een correctie van 0 minuten verandert niets.');
  const note = input.note.trim();
  if (!note) throw invalidField('note', 'required', 'Geef aan waarom de correctie nodig is.');
  const date = input.date ?? todayInAmsterdam();
  checkWorkDate(date, await caseReferredOn(trx, original.case_id));
  await checkOpenPeriod(trx, actor.poolId, date);
  const earlier = await correctionMinutes(trx, original.id);
  const result = original.minutes + earlier + input.minutes;
  if (result < 0 || result > DAY_MINUTES) {
    throw invalidField('minutes', 'out-of-range', `Na deze correctie zou de oorspronkelijke boeking ${result} minuten zijn; dat moet tussen 0 en 1440 liggen.`);
  }
  const id = await insertEntry(trx, {
    pool_id: original.pool_id,
    case_id: original.case_id,
    mediator_id: original.mediator_id,
    supplier_municipality_id: original.supplier_municipality_id,
    user_municipality_id: original.user_municipality_id,
    work_date: date,
    minutes: input.minutes,
    activity: original.activity,
    travel_km: null,
    note,
    corrects_id: original.id,
    created_by: actor.userId,
  });
  await writeAudit(trx, ctx, { action: 'hours.correct', objectType: 'hour-entry', objectId: id, detail: { correctsId: original.id, minutes: input.minutes, date } });
  return id;
}
