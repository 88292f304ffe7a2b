import { sql, type Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';
import { objectionDeadlines } from '../../../domain/calendar/awb-objection.js';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';

/**
 * Issue 12, item 17.
 * - The date an adjournment of the decision on an objection was announced (Awb 7:10(3)), so it
 *   can be checked against the decision term. Older cases keep NULL: the date was never asked.
 * - Whether Good Friday and 5 May are days off for the pool's own norms. Both default to true,
 *   which is how every pool counted until now; statutory terms always count both (Atw art. 3).
 * - An adjourned term now runs from the end of the Atw-extended decision term (and a
 *   postponement from the end of the term before it). The stored decision deadline of cases with
 *   an adjournment or postponement is recomputed with that rule; it can only move later, by the
 *   days the Atw added to the term before. A row the rule refuses keeps its stored date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE mediation_case ADD COLUMN objection_adjournment_announced_on date',
    `ALTER TABLE mediation_case ADD CONSTRAINT mediation_case_adjournment_announced_check
       CHECK (objection_adjournment_announced_on IS NULL OR objection_adjournment_weeks IS NOT NULL)`,
    'ALTER TABLE pool_settings ADD COLUMN good_friday_day_off boolean NOT NULL DEFAULT true',
    'ALTER TABLE pool_settings ADD COLUMN liberation_day_day_off boolean NOT NULL DEFAULT true',
  ]);

  const { rows } = await sql<{
    id: string;
    sent: string;
    committee: boolean | null;
    weeks: number | null;
    days: number | null;
    consent: string | null;
  }>`SELECT id, objection_decision_sent_on AS sent, objection_advisory_committee AS committee,
            objection_adjournment_weeks AS weeks, objection_postponement_days AS days,
            objection_postponement_consent_on AS consent
       FROM mediation_case
      WHERE objection_decision_sent_on IS NOT NULL
        AND (objection_adjournment_weeks IS NOT NULL OR objection_postponement_days IS NOT NULL)`.execute(db);
  for (const r of rows) {
    const timeline = objectionDeadlines({
      decisionSentOn: r.sent as IsoDate,
      advisoryCommittee: r.committee ?? false,
      adjournments: r.weeks ? [{ weeks: r.weeks }] : [],
      postponements: r.days && r.consent ? [{ days: r.days, consentGivenOn: r.consent as IsoDate }] : [],
    });
    if (!timeline.ok) continue;
    await sql`UPDATE mediation_case SET statutory_due_on = ${timeline.value.decisionDueOn} WHERE id = ${r.id}`.execute(db);
  }
}

/** The recomputed deadlines stay: they are what the law says. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE pool_settings DROP COLUMN liberation_day_day_off',
    'ALTER TABLE pool_settings DROP COLUMN good_friday_day_off',
    'ALTER TABLE mediation_case DROP COLUMN objection_adjournment_announced_on',
  ]);
}
