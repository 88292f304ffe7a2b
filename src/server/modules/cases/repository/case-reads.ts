import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { currentCaseMediators } from '../../case-status/index.js';

/** The requesting municipality of a case, by id. */
export const selectMunicipality = (db: Kysely<DB>, municipalityId: string) =>
  db.selectFrom('municipality').select(['id', 'name']).where('id', '=', municipalityId).executeTakeFirstOrThrow();

/** The parts of a case only those with full access see: parties, triage, mediators, an external mediator, the referrer. */
export async function selectConfidentialParts(db: Kysely<DB>, c: { id: string; referrer_user_id: string | null }) {
  const [parties, triage, mediators, people] = await Promise.all([
    db
      .selectFrom('case_party as p')
      .leftJoin('municipality as m', 'm.id', 'p.municipality_id')
      .select(['p.id', 'p.role', 'p.name', 'p.organisation', 'p.department', 'p.email', 'p.phone', 'p.informed', 'm.id as m_id', 'm.name as m_name'])
      .where('p.case_id', '=', c.id)
      .orderBy('p.position')
      .execute(),
    db
      .selectFrom('case_triage as t')
      .innerJoin('app_user as u', 'u.id', 't.decided_by')
      .selectAll('t')
      .select('u.name as decided_by_name')
      .where('t.case_id', '=', c.id)
      .executeTakeFirst(),
    currentCaseMediators(db)
      .leftJoin('app_user as u', 'u.id', 'mp.user_id')
      .leftJoin('municipality as m', 'm.id', 'u.municipality_id')
      .select(['cm.mediator_id', 'cm.role', 'u.name', 'm.name as municipality_name'])
      .where('cm.case_id', '=', c.id)
      .execute(),
    // The referrer's name and the external mediator in one statement. An external mediator engaged
    // through matching takes the place of a pool mediator on the case.
    // A self-referral (front door) has no referrer: the case row itself anchors the statement.
    db
      .selectFrom('mediation_case as c')
      .leftJoin('app_user as r', 'r.id', 'c.referrer_user_id')
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
      .where('c.id', '=', c.id)
      .executeTakeFirstOrThrow(),
  ]);
  const referrer = people.id === null || people.name === null ? null : { id: people.id, name: people.name };
  const external = people.external_name === null ? undefined : { name: people.external_name, organisation: people.external_organisation ?? '' }; // NOT NULL in its table
  return { parties, triage, mediators, external, referrer };
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
