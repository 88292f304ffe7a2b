import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { ProblemError, conflict, forbidden } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { hoursRejectedMail } from '../../../mail/templates/hours-rejected-mail.js';
import { poolName } from '../../pool/index.js';
import { assignPeriod, finalSettlementCovering, lockPoolSettlement } from '../../settlement/index.js';
import { canHours, poolHours } from '../policy.js';
import { entryForPolicy, loadEntryForActor } from '../load-entry.js';
import { hasCorrections, mediatorAccount, updateEntryFrom, type EntryRow } from '../repository.js';

/**
 * Reviewing is for coordinators, on entries they see: an entry the actor does not see is 404 first,
 * whatever their role (so a refusal never tells that it exists). Their own entry, which a mediator
 * does see, is 403: for a role that does not review (policy `review`) and for a coordinator alike.
 * What is left for `approve`, `reject` and `reopen` is the state.
 */
async function loadForReview(trx: Kysely<DB>, actor: Actor, entryId: string): Promise<EntryRow> {
  const entry = await loadEntryForActor(trx, actor, entryId, { forUpdate: true });
  ensureCan(canHours, actor, 'review', poolHours(actor.poolId), 'collection');
  if (entry.mediator_user_id === actor.userId) throw forbidden('Uw eigen uren keurt een andere coördinator goed of af.');
  return entry;
}

const stale = () => conflict('Deze uren zijn intussen gewijzigd of al beoordeeld. Laad de pagina opnieuw.', 'stale-hours');

/**
 * Approves submitted hours and fixes their settlement period (settlement's period rule): the
 * period of their date, or the first open one after it when that period is already final.
 */
export async function approveHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, entryId: string) {
  const entry = await loadForReview(trx, actor, entryId);
  // After loadForReview only the status can make the policy say no.
  if (!canHours(actor, 'approve', entryForPolicy(entry))) {
    throw conflict(entry.status === 'approved' ? 'Deze uren zijn al goedgekeurd.' : 'Afgekeurde uren past de mediator eerst aan.', 'not-submitted');
  }
  const kind = await lockPoolSettlement(trx, actor.poolId);
  const period = await assignPeriod(trx, actor.poolId, kind, entry.work_date);
  const updated = await updateEntryFrom(trx, entry.id, 'submitted', {
    status: 'approved',
    decided_by: actor.userId,
    decided_at: new Date(),
    period_code: period.code,
    period_start: period.start,
    period_end: period.end,
    updated_at: new Date(),
  });
  if (!updated) throw stale();
  await writeAudit(trx, ctx, { action: 'hours.approve', objectType: 'hour-entry', objectId: entry.id, detail: { period: period.code, minutes: entry.minutes } });
}

export async function rejectHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, entryId: string, reason: string) {
  const entry = await loadForReview(trx, actor, entryId);
  if (!canHours(actor, 'reject', entryForPolicy(entry))) throw conflict('Alleen ingediende uren kunnen worden afgekeurd.', 'not-submitted');
  const why = reason.trim();
  if (!why) throw new ProblemError(400, 'invalid-input', 'De invoer is niet geldig.', 'Geef een reden.', [{ name: 'reason', code: 'required', reason: 'Geef een reden voor de afkeuring.' }]);
  const updated = await updateEntryFrom(trx, entry.id, 'submitted', { status: 'rejected', reject_reason: why, decided_by: actor.userId, decided_at: new Date(), updated_at: new Date() });
  if (!updated) throw stale();
  const mediator = entry.mediator_user_id ? await mediatorAccount(trx, entry.mediator_user_id) : undefined;
  if (mediator?.active) {
    const mail = hoursRejectedMail({ name: mediator.name, poolName: await poolName(trx, actor.poolId), caseNumber: entry.case_number, date: entry.work_date, minutes: entry.minutes, reason: why, reviewerName: actor.name });
    await enqueueMail(trx, { poolId: actor.poolId, kind: 'hours-rejected', to: mediator.email, subject: mail.subject, text: mail.text });
  }
  await writeAudit(trx, ctx, { action: 'hours.reject', objectType: 'hour-entry', objectId: entry.id, detail: { reason: why } });
}

/**
 * Takes a decision back: approved hours return to the queue while their period is not final (a
 * final period locks them), and a rejection is withdrawn the same way. Hours with pending or
 * approved corrections stay approved: those were made against these minutes, which could
 * otherwise change again.
 */
export async function reopenHours(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, entryId: string) {
  const entry = await loadForReview(trx, actor, entryId);
  if (entry.status === 'submitted') throw conflict('Deze uren wachten al op goedkeuring.', 'not-decided');
  if (entry.status === 'approved') {
    await lockPoolSettlement(trx, actor.poolId);
    const final = await finalSettlementCovering(trx, actor.poolId, entry.period_start!);
    if (final) {
      throw new ProblemError(409, 'period-final', 'Periode is definitief afgerekend.', `Deze uren zijn afgerekend in de definitieve periode ${final.period_code} en liggen vast. Boek een correctie in een open periode.`);
    }
    if (await hasCorrections(trx, entry.id, { live: true })) {
      throw conflict('Op deze uren staan correcties. Boek zo nodig nog een correctie in plaats van de goedkeuring in te trekken.', 'has-corrections');
    }
  }
  const updated = await updateEntryFrom(trx, entry.id, entry.status, {
    status: 'submitted',
    reject_reason: null,
    decided_by: null,
    decided_at: null,
    period_code: null,
    period_start: null,
    period_end: null,
    updated_at: new Date(),
  });
  if (!updated) throw stale();
  await writeAudit(trx, ctx, { action: 'hours.reopen', objectType: 'hour-entry', objectId: entry.id, detail: { from: entry.status, period: entry.period_code, rejectReason: entry.reject_reason } });
}
