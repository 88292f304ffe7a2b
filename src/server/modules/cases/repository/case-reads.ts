import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../../db/schema.js';
import { currentCaseMediators } from '../../case-status/index.js';

/** The requesting municipality of a case, by id. */
export const selectMunicipality = (db: Kysely<DB>, municipalityId: string) =>
  db.selectFrom('municipality').select(['id', 'name']).where('id', '=', municipalityId).executeTakeFirstOrThrow();

/** The parts of a case only those with full access see: parties, triage, mediators, an external mediator, the referrer. */
export async function selectConfidentialParts(db: Kysely<DB>, c: { id: string; referrer_user_id: string | null }) {
  // One statement for all five parts: a case read is the most frequent request there is, and each
  // statement costs a round trip and query compiling. The case row anchors it (a self-referral from
  // the front door has no referrer). An external mediator engaged through matching takes the place
  // of a pool mediator on the case.
  const row = await db
    .selectFrom('mediation_case as c')
    .leftJoin('app_user as r', 'r.id', 'c.referrer_user_id')
    .leftJoin('case_triage as t', 't.case_id', 'c.id')
    .leftJoin('app_user as tu', 'tu.id', 't.decided_by')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('external_mediator_assignment')
          .select(['name', 'organisation'])
          .where('case_id', '=', c.id)
          .where('status', '=', 'assigned')
          .orderBy('created_at', 'desc')
          .limit(1)
          .as('x'),
      (join) => join.onTrue(),
    )
    .select(['r.id', 'r.name', 'x.name as external_name', 'x.organisation as external_organisation'])
    .select(['t.case_id as t_case_id', 't.contra_indications', 't.route', 't.reason', 't.justification', 't.destination', 't.decided_by', 't.decided_at', 'tu.name as decided_by_name'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('case_party as p')
          .leftJoin('municipality as m', 'm.id', 'p.municipality_id')
          .select(['p.id', 'p.role', 'p.name', 'p.organisation', 'p.department', 'p.email', 'p.phone', 'p.informed', 'm.id as m_id', 'm.name as m_name'])
          .whereRef('p.case_id', '=', 'c.id')
          .orderBy('p.position'),
      ).as('parties'),
      jsonArrayFrom(
        currentCaseMediators(db)
          .leftJoin('app_user as u', 'u.id', 'mp.user_id')
          .leftJoin('municipality as m', 'm.id', 'u.municipality_id')
          .select(['cm.mediator_id', 'cm.role', 'u.name', 'm.name as municipality_name'])
          .where('cm.case_id', '=', c.id),
      ).as('mediators'),
    ])
    .where('c.id', '=', c.id)
    .executeTakeFirstOrThrow();
  const triage =
    row.t_case_id === null || row.decided_at === null
      ? undefined
      : {
          contra_indications: row.contra_indications ?? [],
          route: row.route ?? '',
          reason: row.reason ?? '',
          justification: row.justification,
          destination: row.destination,
          decided_by: row.decided_by ?? '',
          decided_by_name: row.decided_by_name ?? '',
          decided_at: row.decided_at,
        };
  const referrer = row.id === null || row.name === null ? null : { id: row.id, name: row.name };
  const external = row.external_name === null ? undefined : { name: row.external_name, organisation: row.external_organisation ?? '' }; // NOT NULL in its table
  return { parties: row.parties, triage, mediators: row.mediators, external, referrer };
}

export type ConfidentialParts = Awaited<ReturnType<typeof selectConfidentialParts>>;

/** The case's timeline, oldest first. */
export const selectCaseEvents = (db: Kysely<DB>, caseId: string) =>
  db.selectFrom('case_event').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute();

export type CaseEventRow = Awaited<ReturnType<typeof selectCaseEvents>>[number];

const DOCUMENT_FIELDS = ['id', 'kind', 'filename', 'content_type', 'size_bytes', 'sha256', 'uploaded_at'] as const;

/** The case's documents without their content, oldest first. */
export const selectCaseDocuments = (db: Kysely<DB>, caseId: string) =>
  db.selectFrom('case_document').select(DOCUMENT_FIELDS).where('case_id', '=', caseId).orderBy('uploaded_at').execute();

/** One document of the case, with its content; undefined when it is not this case's. */
export const selectCaseDocumentWithContent = (db: Kysely<DB>, caseId: string, documentId: string) =>
  db.selectFrom('case_document').selectAll().where('id', '=', documentId).where('case_id', '=', caseId).executeTakeFirst();

export type CaseDocumentRow = Awaited<ReturnType<typeof selectCaseDocuments>>[number];
