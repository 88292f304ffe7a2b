import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { FINAL_STATUSES } from '../../../../domain/cases/case-status.js';

/**
 * Destruction itself (ADR 0018): exactly the personal data and free texts go, every column a
 * report, a settlement or a statement reads stays. Where a column may not be empty, it gets the
 * word below instead.
 */
export const DESTROYED = '[vernietigd]';

/** Whether the case is still final and its file not yet destroyed (a reopened case is skipped). */
export async function caseStillDestroyable(trx: Kysely<DB>, poolId: string, caseId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('mediation_case as c')
    .select('c.id')
    .where('c.pool_id', '=', poolId)
    .where('c.id', '=', caseId)
    .where('c.status', 'in', [...FINAL_STATUSES])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('destroyed_case as d').select('d.case_id').whereRef('d.case_id', '=', 'c.id'))))
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** The documents' bytes and names of a case; kind, size and fingerprint stay. */
export async function destroyCaseDocuments(trx: Kysely<DB>, caseId: string): Promise<number> {
  const r = await trx
    .updateTable('case_document')
    .set({ content: Buffer.alloc(0), filename: DESTROYED })
    .where('case_id', '=', caseId)
    .where(sql<boolean>`octet_length(content) > 0`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The notes and reasons on a case's hours; minutes, dates, activity and status stay (the settled-hours lock lets exactly this through). */
export async function destroyHourNotes(trx: Kysely<DB>, caseId: string): Promise<number> {
  const notes = await trx.updateTable('hour_entry').set({ note: null }).where('case_id', '=', caseId).where('note', 'is not', null).executeTakeFirst();
  await trx.updateTable('hour_entry').set({ reject_reason: DESTROYED }).where('case_id', '=', caseId).where('reject_reason', 'is not', null).where('reject_reason', '<>', DESTROYED).execute();
  return Number(notes.numUpdatedRows);
}

/** Everything personal in a case file; the record in destroyed_case first (the timeline's function asks for it). */
export async function destroyCaseFile(trx: Kysely<DB>, poolId: string, caseId: string, listId: string): Promise<void> {
  await trx.insertInto('destroyed_case').values({ case_id: caseId, pool_id: poolId, list_id: listId }).execute();
  await trx.updateTable('mediation_case').set({ title: DESTROYED, description: '', referred_to: null }).where('id', '=', caseId).execute();
  await trx
    .updateTable('case_party')
    .set({ name: DESTROYED, organisation: null, department: null, email: null, phone: null })
    .where('case_id', '=', caseId)
    .execute();
  await trx.updateTable('case_triage').set({ reason: DESTROYED, justification: null, destination: null }).where('case_id', '=', caseId).execute();
  await destroyCaseDocuments(trx, caseId);
  await trx
    .updateTable('mediation_session')
    .set({ location: DESTROYED, online_url: null, description: null, cancel_reason: null })
    .where('case_id', '=', caseId)
    .execute();
  await destroyHourNotes(trx, caseId);
  await trx.updateTable('case_proposal').set({ note: null, close_reason: null, disclosure: null }).where('case_id', '=', caseId).execute();
  await trx
    .updateTable('proposal_mediator')
    .set({ relationships_disclosure: null, decline_reason: sql<string | null>`CASE WHEN decline_reason IS NULL THEN NULL ELSE ${DESTROYED} END` })
    .where('case_id', '=', caseId)
    .execute();
  await trx
    .updateTable('party_consent')
    .set({ reason: null, disclosure_text: sql<string | null>`CASE WHEN disclosure_text IS NULL THEN NULL ELSE ${DESTROYED} END` })
    .where('case_id', '=', caseId)
    .execute();
  await trx.updateTable('matching_exclusion').set({ reason: null }).where('case_id', '=', caseId).execute();
  // The external mediator's name, organisation and rate stay: the settlement's external costs show them.
  await trx.updateTable('external_mediator_assignment').set({ reason: DESTROYED, email: null }).where('case_id', '=', caseId).execute();
  await trx.updateTable('external_mediator_cost').set({ note: null }).where('case_id', '=', caseId).execute();
  await trx.updateTable('case_outcome').set({ aftercare_note: null }).where('case_id', '=', caseId).execute();
  await trx.deleteFrom('consent_link').where('party_id', 'in', trx.selectFrom('case_party').select('id').where('case_id', '=', caseId)).execute();
  await destroyCommunityOfCase(trx, caseId);
  // The timeline is history (insert-only for the server): the owner's narrow function blanks its free texts.
  await sql`SELECT destroy_case_event_texts(${caseId}::uuid)`.execute(trx);
}

/**
 * The community's traces of a case (issue 16): the posts of case-discussion threads about it lose
 * their text (the thread, its author and dates stay, so the discussion's existence is on record),
 * and its first-session date polls go with their slots, the parties' personal links and answers
 * (the session they fixed stays on the case).
 */
export async function destroyCommunityOfCase(trx: Kysely<DB>, caseId: string): Promise<void> {
  await trx
    .updateTable('case_discussion_post')
    .set({ body: DESTROYED, hidden_reason: null })
    .where('thread_id', 'in', trx.selectFrom('case_discussion_thread').select('id').where('case_id', '=', caseId))
    .where('body', '<>', DESTROYED)
    .execute();
  await trx.deleteFrom('date_poll').where('case_id', '=', caseId).where('purpose', '=', 'case-first-session').execute();
}

/** The comment of a survey answer, or of an event's evaluation (both kept under the kind survey_answers); the scores stay. */
export async function destroySurveyComment(trx: Kysely<DB>, poolId: string, answerId: string): Promise<boolean> {
  const r = await trx.updateTable('satisfaction_answer').set({ comment: null }).where('pool_id', '=', poolId).where('id', '=', answerId).where('comment', 'is not', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 1) return true;
  const e = await trx.updateTable('event_evaluation_answer').set({ comment: null }).where('pool_id', '=', poolId).where('id', '=', answerId).where('comment', 'is not', null).executeTakeFirst();
  return Number(e.numUpdatedRows) === 1;
}

/** Removes a mail that is not being sent (the links to it from a wake-up or a consent link go first). */
export async function destroyMail(trx: Kysely<DB>, poolId: string, mailId: string): Promise<boolean> {
  await trx.updateTable('mediator_wake_up').set({ mail_id: null }).where('mail_id', '=', mailId).execute();
  await trx.updateTable('consent_link').set({ mail_id: null }).where('mail_id', '=', mailId).execute();
  const r = await trx.deleteFrom('mail_outbox').where('pool_id', '=', poolId).where('id', '=', mailId).where('status', 'in', ['sent', 'failed', 'queued']).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
