import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { currentCaseMediators } from '../case-status/index.js';
import { cappedCount } from '../../db/paging.js';

/** All the sessions module's SQL: sessions, their parties, the agreement, its policy and the calendar feed. */

export type SessionRow = Awaited<ReturnType<typeof findSessions>>[number];

// --- sessions -------------------------------------------------------------------------------

/** Sessions with their case number and planner's name, in time order. */
export async function findSessions(db: Kysely<DB>, poolId: string, where: { caseId?: string; sessionId?: string; caseIds?: string[] }) {
  let q = db
    .selectFrom('mediation_session as s')
    .innerJoin('mediation_case as c', 'c.id', 's.case_id')
    .innerJoin('app_user as u', 'u.id', 's.planned_by')
    .selectAll('s')
    .select(['c.number as case_number', 'u.name as planned_by_name', 'u.email as planned_by_email'])
    .where('s.pool_id', '=', poolId);
  if (where.caseId) q = q.where('s.case_id', '=', where.caseId);
  if (where.sessionId) q = q.where('s.id', '=', where.sessionId);
  if (where.caseIds) {
    if (where.caseIds.length === 0) return [];
    q = q.where('s.case_id', 'in', where.caseIds);
  }
  return q.orderBy('s.starts_at').orderBy('s.id').execute();
}

export async function findSession(db: Kysely<DB>, poolId: string, sessionId: string): Promise<SessionRow | undefined> {
  return (await findSessions(db, poolId, { sessionId }))[0];
}

/** The session's id and case, for loading the case for the actor first. */
export async function findSessionHead(db: Kysely<DB>, poolId: string, sessionId: string) {
  return db.selectFrom('mediation_session').select(['id', 'case_id']).where('id', '=', sessionId).where('pool_id', '=', poolId).executeTakeFirst();
}

export async function lockSession(trx: Kysely<DB>, sessionId: string): Promise<void> {
  await trx.selectFrom('mediation_session').select('id').where('id', '=', sessionId).forUpdate().execute();
}

export async function findSessionParties(db: Kysely<DB>, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('mediation_session_party as sp')
    .innerJoin('case_party as p', 'p.id', 'sp.party_id')
    .select(['sp.session_id', 'p.id', 'p.name', 'p.role', 'p.email', 'p.position'])
    .where('sp.session_id', 'in', sessionIds)
    .orderBy('p.position')
    .execute();
}

/** The parties of this case among `partyIds`. */
export async function findCaseParties(db: Kysely<DB>, caseId: string, partyIds: string[]) {
  if (partyIds.length === 0) return [];
  return db.selectFrom('case_party').select(['id', 'name', 'email']).where('case_id', '=', caseId).where('id', 'in', partyIds).execute();
}

/** The mediators currently on a case, with their accounts (for invitations). */
export async function caseMediatorAccounts(db: Kysely<DB>, caseId: string) {
  return currentCaseMediators(db)
    .innerJoin('app_user as u', 'u.id', 'mp.user_id')
    .select(['u.id as user_id', 'u.name', 'u.email', 'u.active'])
    .where('cm.case_id', '=', caseId)
    .execute();
}

export interface NewSession {
  pool_id: string;
  case_id: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  online_url: string | null;
  description: string | null;
  planned_by: string;
}

export async function insertSession(trx: Kysely<DB>, values: NewSession): Promise<string> {
  const row = await trx.insertInto('mediation_session').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function addSessionParties(trx: Kysely<DB>, poolId: string, sessionId: string, partyIds: string[]): Promise<void> {
  if (partyIds.length === 0) return;
  await trx
    .insertInto('mediation_session_party')
    .values(partyIds.map((party_id) => ({ session_id: sessionId, party_id, pool_id: poolId })))
    .execute();
}

export async function removeSessionParties(trx: Kysely<DB>, sessionId: string, partyIds: string[]): Promise<void> {
  if (partyIds.length === 0) return;
  await trx.deleteFrom('mediation_session_party').where('session_id', '=', sessionId).where('party_id', 'in', partyIds).execute();
}

export interface SessionChange {
  starts_at?: Date;
  ends_at?: Date;
  location?: string | null;
  online_url?: string | null;
  description?: string | null;
  status?: 'cancelled';
  cancelled_at?: Date;
  cancel_reason?: string | null;
}

/**
 * The guarded update of a planned session: it applies only while the session is still planned at
 * the SEQUENCE the user saw, and raises the SEQUENCE. False when someone else changed it first.
 */
export async function updatePlannedSession(trx: Kysely<DB>, sessionId: string, seenSequence: number, change: SessionChange): Promise<boolean> {
  const res = await trx
    .updateTable('mediation_session')
    .set({ ...change, sequence: seenSequence + 1, updated_at: change.cancelled_at ?? new Date() })
    .where('id', '=', sessionId)
    .where('status', '=', 'planned')
    .where('sequence', '=', seenSequence)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// --- mediation agreement --------------------------------------------------------------------

/** The recorded agreement of a case with its document and who recorded it, if any. */
export async function findAgreement(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('mediation_agreement as a')
    .innerJoin('case_document as d', 'd.id', 'a.document_id')
    .innerJoin('app_user as u', 'u.id', 'a.recorded_by')
    .select(['a.signed_on', 'a.recorded_at', 'a.document_id', 'd.filename', 'u.name as recorded_by_name'])
    .where('a.case_id', '=', caseId)
    .executeTakeFirst();
}

export async function isAgreementSigned(db: Kysely<DB>, caseId: string): Promise<boolean> {
  const row = await db.selectFrom('mediation_agreement').select('case_id').where('case_id', '=', caseId).executeTakeFirst();
  return row !== undefined;
}

export async function findCaseDocument(db: Kysely<DB>, caseId: string, documentId: string) {
  return db.selectFrom('case_document').select(['id', 'kind']).where('id', '=', documentId).where('case_id', '=', caseId).executeTakeFirst();
}

export async function findAgreementBefore(db: Kysely<DB>, caseId: string) {
  return db.selectFrom('mediation_agreement').select(['signed_on', 'document_id']).where('case_id', '=', caseId).executeTakeFirst();
}

export async function saveAgreement(trx: Kysely<DB>, a: { caseId: string; poolId: string; signedOn: string; documentId: string; recordedBy: string }): Promise<void> {
  await trx
    .insertInto('mediation_agreement')
    .values({ case_id: a.caseId, pool_id: a.poolId, signed_on: a.signedOn, document_id: a.documentId, recorded_by: a.recordedBy })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ signed_on: a.signedOn, document_id: a.documentId, recorded_by: a.recordedBy, recorded_at: new Date() }))
    .execute();
}

// --- the pool's agreement policy ------------------------------------------------------------

/** Without a row in pool_agreement_policy, only the informal approach may start unsigned. */
export const DEFAULT_EXEMPT_ROUTES: readonly string[] = ['process_facilitator'];

export async function exemptRoutes(db: Kysely<DB>, poolId: string): Promise<string[]> {
  const row = await db.selectFrom('pool_agreement_policy').select('exempt_routes').where('pool_id', '=', poolId).executeTakeFirst();
  return row ? [...row.exempt_routes] : [...DEFAULT_EXEMPT_ROUTES];
}

export async function saveExemptRoutes(trx: Kysely<DB>, poolId: string, routes: string[], userId: string): Promise<void> {
  await trx
    .insertInto('pool_agreement_policy')
    .values({ pool_id: poolId, exempt_routes: routes, updated_by: userId })
    .onConflict((oc) => oc.column('pool_id').doUpdateSet({ exempt_routes: routes, updated_by: userId, updated_at: new Date() }))
    .execute();
}

// --- calendar feed --------------------------------------------------------------------------

export async function findActiveFeed(db: Kysely<DB>, userId: string) {
  return db.selectFrom('calendar_feed').selectAll().where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
}

/** Revokes the user's active feed(s); the ids of those revoked. */
export async function revokeActiveFeeds(trx: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await trx.updateTable('calendar_feed').set({ revoked_at: new Date() }).where('user_id', '=', userId).where('revoked_at', 'is', null).returning('id').execute();
  return rows.map((r) => r.id);
}

export async function insertFeed(trx: Kysely<DB>, poolId: string, userId: string, tokenHash: string) {
  return trx.insertInto('calendar_feed').values({ pool_id: poolId, user_id: userId, token_hash: tokenHash }).returning(['id', 'created_at']).executeTakeFirstOrThrow();
}

/** The active feed behind a secret (by its hash), with its owner, when the owner's account is active. */
export async function findFeedByTokenHash(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('calendar_feed as f')
    .innerJoin('app_user as u', 'u.id', 'f.user_id')
    .select(['f.id', 'f.pool_id', 'f.user_id', 'f.last_used_at', 'u.roles', 'u.name'])
    .where('f.token_hash', '=', tokenHash)
    .where('f.revoked_at', 'is', null)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

export async function touchFeed(db: Kysely<DB>, feedId: string): Promise<void> {
  await db.updateTable('calendar_feed').set({ last_used_at: new Date() }).where('id', '=', feedId).execute();
}

/** The cases this user currently mediates in the pool. */
export async function casesMediatedBy(db: Kysely<DB>, poolId: string, userId: string): Promise<string[]> {
  const rows = await currentCaseMediators(db).select('cm.case_id').where('mp.user_id', '=', userId).where('cm.pool_id', '=', poolId).execute();
  return rows.map((r) => r.case_id);
}

/**
 * The start page's sessions without hours (workspace): sessions of these cases that ended between
 * `from` and `until` and on whose day (Amsterdam) this mediator logged no hours on the case.
 */
export async function endedSessionsWithoutHours(db: Kysely<DB>, poolId: string, userId: string, caseIds: string[], from: Date, until: Date, limit: number) {
  if (caseIds.length === 0) return { rows: [], counted: { total: 0, totalCapped: false } };
  const q = db
    .selectFrom('mediation_session as s')
    .innerJoin('mediation_case as c', 'c.id', 's.case_id')
    .where('s.pool_id', '=', poolId)
    .where('s.case_id', 'in', caseIds)
    .where('s.status', '=', 'planned')
    .where('s.ends_at', '>=', from)
    .where('s.ends_at', '<', until)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('hour_entry as e')
            .innerJoin('mediator_profile as mp', 'mp.id', 'e.mediator_id')
            .select(sql<number>`1`.as('one'))
            .whereRef('e.case_id', '=', 's.case_id')
            .where('mp.user_id', '=', userId)
            .where(sql<boolean>`e.work_date = (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date`),
        ),
      ),
    );
  const counted = await cappedCount(db, q);
  const rows = await q.select(['s.id', 's.case_id', 'c.number', 's.starts_at']).orderBy('s.starts_at', 'desc').orderBy('s.id').limit(limit).execute();
  return { rows, counted };
}

/**
 * The start page's sessions (workspace): the planned sessions of these cases from `from` until
 * `until`, counted up to LIST_REACH, and the first few (index on case, start).
 */
export async function plannedSessionsBetween(db: Kysely<DB>, poolId: string, caseIds: string[], from: Date, until: Date, limit: number) {
  if (caseIds.length === 0) return { rows: [], counted: { total: 0, totalCapped: false } };
  const q = db
    .selectFrom('mediation_session as s')
    .innerJoin('mediation_case as c', 'c.id', 's.case_id')
    .where('s.pool_id', '=', poolId)
    .where('s.case_id', 'in', caseIds)
    .where('s.status', '=', 'planned')
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', until);
  const counted = await cappedCount(db, q);
  const rows = await q.select(['s.id', 's.case_id', 'c.number', 's.location', 's.online_url', 's.starts_at']).orderBy('s.starts_at').orderBy('s.id').limit(limit).execute();
  return { rows, counted };
}
