import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { containsPattern } from '../../db/like-pattern.js';

/** All of the data-subject module's SQL: find a person, gather what is held about them, correct and erase a party. */

const DESTROYED = '[vernietigd]';
export const SEARCH_LIMIT = 50;

/** Parties whose name or address contains the text, one line per person (same name, and the same address where both have one). */
export async function searchParties(db: Kysely<DB>, poolId: string, q: string) {
  const p = containsPattern(q);
  const { rows } = await sql<{ id: string; name: string; email: string | null; case_count: number }>`
    SELECT (array_agg(p.id ORDER BY c.referred_on DESC, p.id))[1] AS id, min(p.name) AS name, max(p.email) AS email, count(DISTINCT p.case_id)::int AS case_count
    FROM case_party p JOIN mediation_case c ON c.id = p.case_id
    WHERE p.pool_id = ${poolId} AND p.name <> ${DESTROYED} AND (p.name ILIKE ${p} OR p.email ILIKE ${p})
    GROUP BY lower(btrim(p.name)), lower(coalesce(p.email, ''))
    ORDER BY 2
    LIMIT ${SEARCH_LIMIT + 1}`.execute(db);
  return rows;
}

/** Accounts whose name or address contains the text; a mediator's with their number of cases. */
export async function searchUsers(db: Kysely<DB>, poolId: string, q: string) {
  const p = containsPattern(q);
  const { rows } = await sql<{ id: string; name: string; email: string; profile_id: string | null; case_count: number }>`
    SELECT u.id, u.name, u.email, mp.id AS profile_id,
           (SELECT count(DISTINCT cm.case_id)::int FROM case_mediator cm WHERE cm.mediator_id = mp.id) AS case_count
    FROM app_user u LEFT JOIN mediator_profile mp ON mp.user_id = u.id
    WHERE u.pool_id = ${poolId} AND (u.name ILIKE ${p} OR u.email ILIKE ${p})
    ORDER BY u.name
    LIMIT ${SEARCH_LIMIT + 1}`.execute(db);
  return rows;
}

/** The party rows of the same person as `partyId` in the pool, with their cases. Empty when the row is not the pool's. */
export async function partyRows(db: Kysely<DB>, poolId: string, partyId: string) {
  const { rows } = await sql<{
    id: string; case_id: string; position: number; role: string; name: string; organisation: string | null; municipality_id: string | null;
    department: string | null; email: string | null; phone: string | null; informed: boolean;
    number: string; case_type: string; status: string; referred_on: string; ended_on: string | null; destroyed: boolean;
  }>`
    WITH anchor AS (SELECT name, email FROM case_party WHERE id = ${partyId} AND pool_id = ${poolId} AND name <> ${DESTROYED})
    SELECT p.id, p.case_id, p.position, p.role, p.name, p.organisation, p.municipality_id, p.department, p.email, p.phone, p.informed,
           c.number, c.case_type, c.status, to_char(c.referred_on, 'YYYY-MM-DD') AS referred_on,
           CASE WHEN c.status IN ('closed', 'withdrawn', 'referred') THEN to_char(coalesce(c.closed_on, c.updated_at::date), 'YYYY-MM-DD') END AS ended_on,
           EXISTS (SELECT 1 FROM destroyed_case d WHERE d.case_id = c.id) AS destroyed
    FROM anchor a
    JOIN case_party p ON p.pool_id = ${poolId} AND lower(btrim(p.name)) = lower(btrim(a.name))
                     AND (p.email IS NULL OR a.email IS NULL OR lower(p.email) = lower(a.email))
    JOIN mediation_case c ON c.id = p.case_id
    ORDER BY c.referred_on, c.number_order, p.position`.execute(db);
  return rows;
}

export const findUser = (db: Kysely<DB>, poolId: string, userId: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'pool_id', 'municipality_id', 'email', 'name', 'roles', 'locale', 'active', 'created_at', 'updated_at', 'last_login_at'])
    .where('pool_id', '=', poolId)
    .where('id', '=', userId)
    .executeTakeFirst();

export const poolName = async (db: Kysely<DB>, poolId: string) => (await db.selectFrom('pool').select('name').where('id', '=', poolId).executeTakeFirstOrThrow()).name;

/** Rows of a table by a column, every column but the secrets (hashes, file bytes, mail bodies). */
export async function rowsBy(db: Kysely<DB>, table: string, column: string, values: readonly string[], poolId?: string): Promise<Record<string, unknown>[]> {
  if (values.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`
    SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(column)}::text = ANY(${[...values]}::text[])
    ${poolId ? sql`AND pool_id = ${poolId}` : sql``}
    LIMIT 5000`.execute(db);
  return rows;
}

/** The pool's mail to any of these addresses (kind, subject, status, moments; never the body). */
export async function mailTo(db: Kysely<DB>, poolId: string, addresses: readonly string[]) {
  if (addresses.length === 0) return [];
  return db
    .selectFrom('mail_outbox')
    .select(['id', 'kind', 'to_address', 'subject', 'status', 'created_at', 'sent_at'])
    .where('pool_id', '=', poolId)
    .where(sql<boolean>`lower(to_address) = ANY(${addresses.map((a) => a.toLowerCase())}::text[])`)
    .orderBy('created_at')
    .execute();
}

/** The cases a mediator profile was on. */
export async function mediatorCases(db: Kysely<DB>, profileId: string) {
  const { rows } = await sql<{ case_id: string; number: string; case_type: string; status: string; referred_on: string; ended_on: string | null; role: string; destroyed: boolean }>`
    SELECT DISTINCT ON (c.id) c.id AS case_id, c.number, c.case_type, c.status, to_char(c.referred_on, 'YYYY-MM-DD') AS referred_on,
           CASE WHEN c.status IN ('closed', 'withdrawn', 'referred') THEN to_char(coalesce(c.closed_on, c.updated_at::date), 'YYYY-MM-DD') END AS ended_on,
           cm.role, EXISTS (SELECT 1 FROM destroyed_case d WHERE d.case_id = c.id) AS destroyed
    FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
    WHERE cm.mediator_id = ${profileId}
    ORDER BY c.id, cm.assigned_at`.execute(db);
  return rows;
}

/**
 * Every recorded read (an audit row with a purpose) of the pool that concerns these objects: the
 * object read, or a party or case named in its detail. With the case number where the object is a case.
 */
export async function readsOf(db: Kysely<DB>, poolId: string, objectIds: readonly string[]) {
  if (objectIds.length === 0) return [];
  const ids = [...new Set(objectIds)];
  const { rows } = await sql<{ at: Date; actor_label: string; action: string; purpose: string; object_type: string; object_id: string | null; case_number: string | null }>`
    SELECT a.at, a.actor_label, a.action, a.purpose, a.object_type, a.object_id, c.number AS case_number
    FROM audit_event a
    LEFT JOIN mediation_case c ON a.object_type = 'case' AND c.id::text = a.object_id
    WHERE a.pool_id = ${poolId} AND a.purpose IS NOT NULL
      AND (a.object_id = ANY(${ids}::text[]) OR a.detail->>'partyId' = ANY(${ids}::text[]) OR a.detail->>'caseId' = ANY(${ids}::text[]))
    ORDER BY a.at, a.id`.execute(db);
  return rows;
}

/** Corrects the party rows of a person (not of destroyed cases); returns the number of rows changed. */
export async function correctPartyRows(trx: Kysely<DB>, poolId: string, ids: readonly string[], values: { name?: string; email?: string | null; phone?: string | null; organisation?: string | null; department?: string | null }) {
  if (ids.length === 0 || Object.keys(values).length === 0) return 0;
  const r = await trx.updateTable('case_party').set(values).where('pool_id', '=', poolId).where('id', 'in', [...ids]).where('name', '<>', DESTROYED).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Erases a party's contact details, and with `name` their name, on these rows. */
export async function erasePartyRows(trx: Kysely<DB>, poolId: string, ids: readonly string[], name: boolean) {
  if (ids.length === 0) return 0;
  const r = await trx
    .updateTable('case_party')
    .set({ email: null, phone: null, organisation: null, department: null, ...(name ? { name: DESTROYED } : {}) })
    .where('pool_id', '=', poolId)
    .where('id', 'in', [...ids])
    .executeTakeFirst();
  if (name) await trx.deleteFrom('consent_link').where('party_id', 'in', [...ids]).execute();
  return Number(r.numUpdatedRows);
}
