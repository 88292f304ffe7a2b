import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CaseAccess } from '../case-status/index.js';
import { surveyState } from './survey-state.js';

/**
 * The outcome of a case with its derived sessions and hours (counted from mediation_session and
 * hour_entry, never stored twice). A contact of the requesting municipality sees the status and,
 * only when the parties allowed it, the outcome category.
 */
export async function presentOutcome(db: Kysely<DB>, row: { id: string; status: string; concluded_on: string | null; outcome_shareable: boolean }, access: CaseAccess) {
  const o = await db.selectFrom('case_outcome').selectAll().where('case_id', '=', row.id).executeTakeFirst();
  if (access === 'limited') {
    return {
      caseId: row.id,
      status: row.status,
      concludedOn: row.concluded_on,
      shareWithReferrer: row.outcome_shareable,
      outcome: row.outcome_shareable ? (o?.outcome ?? null) : null,
      writtenAgreement: null,
      recordedAt: null,
      sessionsHeld: null,
      minutesApproved: null,
      minutesSubmitted: null,
      aftercare: null,
      survey: null,
    };
  }
  const derived = await db
    .selectNoFrom([
      sql<number>`(SELECT count(*)::int FROM mediation_session s WHERE s.case_id = ${row.id} AND s.status = 'planned' AND s.starts_at <= now())`.as('sessions'),
      sql<number>`(SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entry h WHERE h.case_id = ${row.id} AND h.status = 'approved')`.as('approved'),
      sql<number>`(SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entry h WHERE h.case_id = ${row.id} AND h.status = 'submitted')`.as('submitted'),
    ])
    .executeTakeFirstOrThrow();
  return {
    caseId: row.id,
    status: row.status,
    concludedOn: row.concluded_on,
    shareWithReferrer: row.outcome_shareable,
    outcome: o?.outcome ?? null,
    writtenAgreement: o?.written_agreement ?? null,
    recordedAt: o?.recorded_at.toISOString() ?? null,
    sessionsHeld: derived.sessions,
    minutesApproved: derived.approved,
    minutesSubmitted: derived.submitted,
    aftercare: o
      ? {
          dueOn: o.aftercare_due_on,
          agreementsKept: o.aftercare_kept,
          note: o.aftercare_note,
          recordedAt: o.aftercare_recorded_at?.toISOString() ?? null,
        }
      : null,
    survey: await surveyState(db, row.id),
  };
}
