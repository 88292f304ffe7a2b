import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { CaseDocumentTable, CasePartyTable, CaseTriageTable, MediationCaseTable } from '../../../db/schema-cases.js';

/** A municipality that is a member of the pool today (membership without end, or ending today or later). */
export const selectCurrentMember = (trx: Kysely<DB>, poolId: string, municipalityId: string) =>
  trx
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.name'])
    .where('pm.pool_id', '=', poolId)
    .where('pm.municipality_id', '=', municipalityId)
    .where((eb) => eb.or([eb('pm.member_until', 'is', null), eb('pm.member_until', '>=', sql<string>`current_date`)]))
    .executeTakeFirst();

/** Which of these municipality ids exist. */
export async function selectKnownMunicipalityIds(trx: Kysely<DB>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await trx.selectFrom('municipality').select('id').where('id', 'in', ids).execute();
  return new Set(found.map((f) => f.id));
}

/** The next case number of the pool in this year (1, 2, …), counted in the caller's transaction. */
export async function nextCaseSequence(trx: Kysely<DB>, poolId: string, year: number): Promise<number> {
  const counter = await trx
    .insertInto('case_number_counter')
    .values({ pool_id: poolId, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['pool_id', 'year']).doUpdateSet({ last_number: sql`case_number_counter.last_number + 1` }))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return counter.last_number;
}

export const insertCase = (trx: Kysely<DB>, values: Insertable<MediationCaseTable>) =>
  trx.insertInto('mediation_case').values(values).returningAll().executeTakeFirstOrThrow();

export async function insertParties(trx: Kysely<DB>, parties: Insertable<CasePartyTable>[]): Promise<void> {
  await trx.insertInto('case_party').values(parties).execute();
}

/** The pool's active coordinators, for mail about a new referral. */
export const selectActiveCoordinators = (trx: Kysely<DB>, poolId: string) =>
  trx
    .selectFrom('app_user')
    .select(['id', 'email', 'name'])
    .where('pool_id', '=', poolId)
    .where('active', '=', true)
    .where(sql<boolean>`'coordinator' = ANY(roles)`)
    .execute();

/** A change of a case's fields that is not a change of status (guardedStatusUpdate in case-status does those). */
export async function updateCaseFields(trx: Kysely<DB>, caseId: string, fields: Omit<Updateable<MediationCaseTable>, 'status'>): Promise<void> {
  await trx
    .updateTable('mediation_case')
    .set({ ...fields, updated_at: new Date() })
    .where('id', '=', caseId)
    .execute();
}

export async function insertTriage(trx: Kysely<DB>, triage: Insertable<CaseTriageTable>): Promise<void> {
  await trx.insertInto('case_triage').values(triage).execute();
}

const DOCUMENT_FIELDS = ['id', 'kind', 'filename', 'content_type', 'size_bytes', 'sha256', 'uploaded_at'] as const;

export const insertCaseDocument = (trx: Kysely<DB>, doc: Insertable<CaseDocumentTable>) =>
  trx.insertInto('case_document').values(doc).returning(DOCUMENT_FIELDS).executeTakeFirstOrThrow();
