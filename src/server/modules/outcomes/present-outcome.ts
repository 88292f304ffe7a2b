import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import type { CaseAccess } from '../case-status/index.js';
import type { CaseOutcome, OutcomeAction } from '../../../contract/outcomes.js';
import { canOutcome } from './policy.js';
import { derivedCaseFigures, findOutcome } from './repository.js';
import { surveyState } from './survey-state.js';

/** The buttons the case page may show under the outcome. */
const SHOWN_ACTIONS: readonly OutcomeAction[] = ['record-outcome', 'record-aftercare', 'invite-survey', 'resend-survey'];

/**
 * The outcome of a case with its derived sessions and hours (counted from mediation_session and
 * hour_entry, never stored twice). A contact of the requesting municipality sees the status and,
 * only when the parties allowed it, the outcome category.
 */
export async function presentOutcome(
  db: Kysely<DB>,
  actor: Actor,
  row: { id: string; status: string; concluded_on: string | null; outcome_shareable: boolean },
  access: CaseAccess,
): Promise<CaseOutcome> {
  const o = await findOutcome(db, row.id);
  const actions = allowedActions(canOutcome, actor, { kind: 'case', access, status: row.status }, SHOWN_ACTIONS);
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
      allowedActions: actions,
    };
  }
  const derived = await derivedCaseFigures(db, row.id);
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
    allowedActions: actions,
  };
}
