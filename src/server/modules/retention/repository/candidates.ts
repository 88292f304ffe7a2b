import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { FINAL_STATUSES } from '../../../../domain/cases/case-status.js';
import type { RetentionKind } from '../../../../domain/retention/retention-terms.js';

/**
 * What could go on a destruction list: objects of a kind whose term started on a date, with a
 * label that names no one. The caller decides with the domain's rule whether the term has passed.
 */
export interface Candidate {
  kind: RetentionKind;
  objectId: string;
  label: string;
  termStartedOn: string;
}

/**
 * Final cases whose file is not destroyed yet, with the day they became final and whether they
 * still hold documents' bytes or hour notes (the parts that have their own terms).
 */
export async function finalCases(db: Kysely<DB>, poolId: string) {
  const { rows } = await sql<{ id: string; number: string; case_type: string; ended_on: string; has_documents: boolean; has_hour_notes: boolean }>`
    SELECT c.id, c.number, c.case_type,
           to_char(coalesce(c.closed_on, c.updated_at::date), 'YYYY-MM-DD') AS ended_on,
           EXISTS (SELECT 1 FROM case_document d WHERE d.case_id = c.id AND octet_length(d.content) > 0) AS has_documents,
           EXISTS (SELECT 1 FROM hour_entry h WHERE h.case_id = c.id AND h.note IS NOT NULL) AS has_hour_notes
    FROM mediation_case c
    WHERE c.pool_id = ${poolId} AND c.status = ANY(${[...FINAL_STATUSES]})
      AND NOT EXISTS (SELECT 1 FROM destroyed_case dc WHERE dc.case_id = c.id)
    ORDER BY c.number_order`.execute(db);
  return rows;
}

/** Survey answers that still carry a comment, with the month they were given and the municipality's code. */
export async function answersWithComment(db: Kysely<DB>, poolId: string) {
  return db
    .selectFrom('satisfaction_answer as a')
    .innerJoin('municipality as m', 'm.id', 'a.municipality_id')
    .select(['a.id', 'a.answered_month', 'm.code'])
    .where('a.pool_id', '=', poolId)
    .where('a.comment', 'is not', null)
    .orderBy('a.answered_month')
    .execute();
}

/**
 * Evaluation answers of events that still carry a comment, with the month the event ended (the
 * answers themselves have no time: they are anonymous) and its kind.
 */
export async function evaluationsWithComment(db: Kysely<DB>, poolId: string) {
  const { rows } = await sql<{ id: string; kind: string; month: string }>`
    SELECT a.id, e.kind, to_char((e.ends_at AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM') AS month
    FROM event_evaluation_answer a JOIN community_event e ON e.id = a.event_id
    WHERE a.pool_id = ${poolId} AND a.comment IS NOT NULL
    ORDER BY e.ends_at, a.id`.execute(db);
  return rows;
}

/** The pool's mail whose last moment lies before `before`: sent, failed, or still queued after its whole term (it will not go out any more). Mail being sent stays. */
export async function finishedMailBefore(db: Kysely<DB>, poolId: string, before: string) {
  const { rows } = await sql<{ id: string; kind: string; on: string }>`
    SELECT id, kind, to_char((coalesce(sent_at, created_at) AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS on
    FROM mail_outbox
    WHERE pool_id = ${poolId} AND status IN ('sent', 'failed', 'queued')
      AND (coalesce(sent_at, created_at) AT TIME ZONE 'Europe/Amsterdam')::date < ${before}::date
    ORDER BY coalesce(sent_at, created_at), id`.execute(db);
  return rows;
}
