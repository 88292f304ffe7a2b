import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AgreementsKept, Outcome } from '../../db/schema-outcomes.js';
import type { CaseStatus } from '../../../domain/cases/case-status.js';
import { CURRENT_MEDIATOR_SQL, isCurrentMediatorOfCase } from '../case-status/index.js';
import { cappedCount } from '../../db/paging.js';

/** All the outcomes module's SQL: outcomes, aftercare, the survey, and the aftercare reminder's queries. */

// --- outcome --------------------------------------------------------------------------------

export async function findOutcome(db: Kysely<DB>, caseId: string) {
  return db.selectFrom('case_outcome').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

/** Sessions held and hours approved and submitted on a case, counted from their own tables (never stored twice). */
export async function derivedCaseFigures(db: Kysely<DB>, caseId: string) {
  return db
    .selectNoFrom([
      sql<number>`(SELECT count(*)::int FROM mediation_session s WHERE s.case_id = ${caseId} AND s.status = 'planned' AND s.starts_at <= now())`.as('sessions'),
      sql<number>`(SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entry h WHERE h.case_id = ${caseId} AND h.status = 'approved')`.as('approved'),
      sql<number>`(SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entry h WHERE h.case_id = ${caseId} AND h.status = 'submitted')`.as('submitted'),
    ])
    .executeTakeFirstOrThrow();
}

export async function saveOutcome(trx: Kysely<DB>, o: { caseId: string; poolId: string; outcome: Outcome; writtenAgreement: boolean; recordedBy: string }): Promise<void> {
  await trx
    .insertInto('case_outcome')
    .values({ case_id: o.caseId, pool_id: o.poolId, outcome: o.outcome, written_agreement: o.writtenAgreement, recorded_by: o.recordedBy })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ outcome: o.outcome, written_agreement: o.writtenAgreement, recorded_by: o.recordedBy, recorded_at: new Date() }))
    .execute();
}

export async function setOutcomeShareable(trx: Kysely<DB>, caseId: string, shareable: boolean): Promise<void> {
  await trx.updateTable('mediation_case').set({ outcome_shareable: shareable, updated_at: new Date() }).where('id', '=', caseId).execute();
}

/** The outcome row, locked for the conclusion. */
export async function lockOutcome(trx: Kysely<DB>, caseId: string) {
  return trx.selectFrom('case_outcome').select('outcome').where('case_id', '=', caseId).forUpdate().executeTakeFirst();
}

export async function aftercareWeeks(db: Kysely<DB>, poolId: string): Promise<number | undefined> {
  const row = await db.selectFrom('pool_settings').select('aftercare_weeks').where('pool_id', '=', poolId).executeTakeFirst();
  return row?.aftercare_weeks;
}

export async function setAftercareDue(trx: Kysely<DB>, caseId: string, dueOn: string): Promise<void> {
  await trx.updateTable('case_outcome').set({ aftercare_due_on: dueOn }).where('case_id', '=', caseId).execute();
}

export async function findUser(db: Kysely<DB>, userId: string) {
  return db.selectFrom('app_user').select(['name', 'email', 'active']).where('id', '=', userId).executeTakeFirst();
}

// --- aftercare ------------------------------------------------------------------------------

/** Records the aftercare check once: only while none is recorded. False when there is no outcome or it was recorded already. */
export async function recordAftercareOnce(trx: Kysely<DB>, caseId: string, a: { kept: AgreementsKept; note: string | null; by: string }): Promise<boolean> {
  const res = await trx
    .updateTable('case_outcome')
    .set({ aftercare_kept: a.kept, aftercare_note: a.note, aftercare_recorded_by: a.by, aftercare_recorded_at: new Date() })
    .where('case_id', '=', caseId)
    .where('aftercare_kept', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Open aftercare checks in the pool, earliest due first; with `mediatorUserId`, only the cases that mediator is on. */
export async function openAftercareTasks(db: Kysely<DB>, poolId: string, mediatorUserId: string | null) {
  let q = db
    .selectFrom('case_outcome as o')
    .innerJoin('mediation_case as c', 'c.id', 'o.case_id')
    .select(['c.id', 'c.number', 'c.status', 'c.concluded_on', 'o.aftercare_due_on'])
    // Whose check it is, for the coordinator's list: the lead mediator still on the case.
    .select(
      sql<string | null>`(SELECT coalesce(u.name, i.name) FROM case_mediator cm
        JOIN mediator_profile mp ON mp.id = cm.mediator_id
        LEFT JOIN app_user u ON u.id = mp.user_id
        LEFT JOIN invitation i ON i.id = mp.invitation_id
        WHERE cm.case_id = c.id AND cm.role = 'lead' AND ${CURRENT_MEDIATOR_SQL}
        ORDER BY cm.assigned_at DESC LIMIT 1)`.as('lead_mediator_name'),
    )
    .where('o.pool_id', '=', poolId)
    .where('c.status', 'in', ['concluded', 'aftercare'])
    .where('o.aftercare_kept', 'is', null)
    .where('o.aftercare_due_on', 'is not', null);
  if (mediatorUserId !== null) q = q.where((eb) => isCurrentMediatorOfCase(eb, mediatorUserId));
  return q.orderBy('o.aftercare_due_on').orderBy('c.number_order').execute();
}

/**
 * The start page's aftercare (workspace): the open aftercare checks due on or before `dueBy`
 * (partial index on pool, due date), counted up to LIST_REACH, and the earliest few; with
 * `mediatorUserId`, only the cases that mediator is on.
 */
export async function dueAftercareHead(db: Kysely<DB>, poolId: string, mediatorUserId: string | null, dueBy: string, limit: number) {
  let q = db
    .selectFrom('case_outcome as o')
    .innerJoin('mediation_case as c', 'c.id', 'o.case_id')
    .where('o.pool_id', '=', poolId)
    .where('c.status', 'in', ['concluded', 'aftercare'])
    .where('o.aftercare_kept', 'is', null)
    .where('o.aftercare_due_on', '<=', dueBy);
  if (mediatorUserId !== null) q = q.where((eb) => isCurrentMediatorOfCase(eb, mediatorUserId));
  const counted = await cappedCount(db, q);
  const rows = await q.select(['c.id', 'c.number', 'c.title', 'c.status', 'o.aftercare_due_on']).orderBy('o.aftercare_due_on').orderBy('c.number_order').limit(limit).execute();
  return { rows, counted };
}

// --- satisfaction survey --------------------------------------------------------------------

/** A live invitation (not replaced by a newer link) by its token's hash, with the pool's name. */
export async function findLiveInvitation(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('satisfaction_invitation as i')
    .innerJoin('pool', 'pool.id', 'i.pool_id')
    .select(['i.id', 'i.pool_id', 'i.municipality_id', 'i.used_at', 'pool.name as pool_name'])
    .where('i.token_hash', '=', tokenHash)
    // A link replaced by a newer one (the survey sent again) no longer exists for the party.
    .where('i.replaced_at', 'is', null)
    .executeTakeFirst();
}

/** Uses up a live, unused link; false when it was used (or replaced) first. */
export async function useInvitation(trx: Kysely<DB>, invitationId: string): Promise<boolean> {
  const used = await trx
    .updateTable('satisfaction_invitation')
    .set({ used_at: new Date() })
    .where('id', '=', invitationId)
    .where('used_at', 'is', null)
    .where('replaced_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

export async function insertSurveyAnswer(
  trx: Kysely<DB>,
  a: { poolId: string; municipalityId: string; month: string; process: number; mediator: number; outcome: number; comment: string | null },
): Promise<void> {
  await trx
    .insertInto('satisfaction_answer')
    .values({
      pool_id: a.poolId,
      municipality_id: a.municipalityId,
      answered_month: a.month,
      score_process: a.process,
      score_mediator: a.mediator,
      score_outcome: a.outcome,
      comment: a.comment,
    })
    .execute();
}

export async function caseInvitations(db: Kysely<DB>, caseId: string) {
  return db.selectFrom('satisfaction_invitation').select(['party_id', 'created_at', 'used_at', 'replaced_at']).where('case_id', '=', caseId).orderBy('created_at').execute();
}

export async function hasInvitations(db: Kysely<DB>, caseId: string): Promise<boolean> {
  return (await db.selectFrom('satisfaction_invitation').select('id').where('case_id', '=', caseId).executeTakeFirst()) !== undefined;
}

export async function insertInvitation(trx: Kysely<DB>, i: { poolId: string; caseId: string; municipalityId: string; partyId: string; tokenHash: string }): Promise<void> {
  await trx
    .insertInto('satisfaction_invitation')
    .values({ pool_id: i.poolId, case_id: i.caseId, municipality_id: i.municipalityId, party_id: i.partyId, token_hash: i.tokenHash })
    .execute();
}

/** Replaces the case's live unused links (a new round makes them stop working). */
export async function replaceUnusedInvitations(trx: Kysely<DB>, caseId: string): Promise<void> {
  await trx.updateTable('satisfaction_invitation').set({ replaced_at: new Date() }).where('case_id', '=', caseId).where('used_at', 'is', null).where('replaced_at', 'is', null).execute();
}

/** The parties (by id; null for links sent before they were tracked) who used their link. */
export async function answeredPartyIds(db: Kysely<DB>, caseId: string): Promise<Set<string | null>> {
  const rows = await db.selectFrom('satisfaction_invitation').select('party_id').where('case_id', '=', caseId).where('used_at', 'is not', null).execute();
  return new Set(rows.map((i) => i.party_id));
}

/** The case's parties with an e-mail address, in their order. */
export async function partiesWithEmail(db: Kysely<DB>, caseId: string) {
  return (await db.selectFrom('case_party').select(['id', 'email']).where('case_id', '=', caseId).where('email', 'is not', null).where('email', '!=', '').orderBy('position').execute()) as {
    id: string;
    email: string;
  }[];
}

// --- the aftercare reminder job -------------------------------------------------------------

/** `case:due date`, the reminder's key in job_run: one reminder per case and due date. */
const REMINDER_KEY_SQL = sql`c.id::text || ':' || to_char(o.aftercare_due_on, 'YYYY-MM-DD')`;

/** Cases whose aftercare is due by `today`, not recorded, still open, and not reminded yet for this due date. */
export async function dueAftercareCandidates(db: Kysely<DB>, openStatuses: readonly CaseStatus[], today: string, jobName: string) {
  return db
    .selectFrom('case_outcome as o')
    .innerJoin('mediation_case as c', 'c.id', 'o.case_id')
    .select(['c.id', sql<string>`to_char(o.aftercare_due_on, 'YYYY-MM-DD')`.as('due_on')])
    .where('c.status', 'in', openStatuses)
    .where('o.aftercare_kept', 'is', null)
    .where('o.aftercare_due_on', '<=', today)
    // Already reminded: skipped here, so the job stays cheap on every tick after.
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('job_run as j').select('j.run_key').where('j.job_name', '=', jobName).whereRef('j.run_key', '=', REMINDER_KEY_SQL))))
    .orderBy('o.aftercare_due_on')
    .orderBy('c.number_order')
    .execute();
}

/** The case with its outcome and pool name, locked. */
export async function lockAftercareCase(trx: Kysely<DB>, caseId: string) {
  return trx
    .selectFrom('mediation_case as c')
    .innerJoin('case_outcome as o', 'o.case_id', 'c.id')
    .innerJoin('pool as p', 'p.id', 'c.pool_id')
    .select(['c.id', 'c.pool_id', 'c.number', 'c.status', 'p.name as pool_name', 'o.aftercare_kept', sql<string | null>`to_char(o.aftercare_due_on, 'YYYY-MM-DD')`.as('due_on')])
    .where('c.id', '=', caseId)
    .forUpdate(['c'])
    .executeTakeFirst();
}

/** The case's current mediators, and whether each can sign in as a mediator. */
export async function reminderMediators(trx: Kysely<DB>, caseId: string) {
  return trx
    .selectFrom('case_mediator as cm')
    .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
    .leftJoin('app_user as u', 'u.id', 'mp.user_id')
    .select(['cm.role', 'mp.user_id', sql<boolean>`coalesce(u.active AND u.password_hash IS NOT NULL AND 'mediator' = ANY(u.roles), false)`.as('usable')])
    .where('cm.case_id', '=', caseId)
    .where(CURRENT_MEDIATOR_SQL)
    .execute();
}

/** Active users of the pool: these users, or (with `userIds` null) the coordinators. */
export async function reminderRecipients(trx: Kysely<DB>, poolId: string, userIds: string[] | null) {
  const q = trx.selectFrom('app_user').select(['email', 'name']).where('pool_id', '=', poolId).where('active', '=', true);
  return (userIds !== null ? q.where('id', 'in', userIds) : q.where(sql<boolean>`'coordinator' = ANY(roles)`)).orderBy('email').execute();
}

/** Claims the job run (job, key) in the caller's transaction; false when it was claimed before. */
export async function claimJobRun(trx: Kysely<DB>, jobName: string, runKey: string): Promise<boolean> {
  const claimed = await trx.insertInto('job_run').values({ job_name: jobName, run_key: runKey }).onConflict((oc) => oc.doNothing()).returning('run_key').executeTakeFirst();
  return claimed !== undefined;
}
