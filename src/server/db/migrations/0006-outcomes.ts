import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Outcomes, aftercare and the parties' satisfaction survey (issue 7). Sessions and hours are not
 * stored here: they are derived from mediation_session and hour_entry. Survey answers carry no
 * case id, so an answer cannot be traced back to a case once given.
 */
const statements = [
  `
    CREATE TABLE case_outcome (
      case_id uuid PRIMARY KEY REFERENCES mediation_case(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      outcome text NOT NULL CHECK (outcome IN ('full_agreement', 'partial_agreement', 'no_agreement',
        'stopped_by_party', 'stopped_by_mediator', 'other_party_refused', 'referred_on')),
      written_agreement boolean NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      -- Set when the case is concluded: conclusion date + the pool's aftercare weeks.
      aftercare_due_on date,
      aftercare_kept text CHECK (aftercare_kept IN ('yes', 'partly', 'no')),
      aftercare_note text CHECK (length(aftercare_note) <= 2000),
      aftercare_recorded_by uuid REFERENCES app_user(id),
      aftercare_recorded_at timestamptz,
      CHECK ((aftercare_kept IS NULL) = (aftercare_recorded_at IS NULL))
    )
  `,
  `
    CREATE INDEX case_outcome_open_aftercare_idx ON case_outcome (pool_id, aftercare_due_on) WHERE aftercare_kept IS NULL
  `,
  `
    -- One single-use link per party with an e-mail address, sent at conclusion.
    CREATE TABLE satisfaction_invitation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      municipality_id uuid NOT NULL REFERENCES municipality(id),
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    )
  `,
  `
    CREATE TABLE satisfaction_answer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      municipality_id uuid NOT NULL REFERENCES municipality(id),
      answered_month text NOT NULL CHECK (answered_month ~ '^[0-9]{4}-[0-9]{2}$'),
      score_process integer NOT NULL CHECK (score_process BETWEEN 1 AND 5),
      score_mediator integer NOT NULL CHECK (score_mediator BETWEEN 1 AND 5),
      score_outcome integer NOT NULL CHECK (score_outcome BETWEEN 1 AND 5),
      comment text CHECK (length(comment) <= 2000)
    )
  `,
  `
    CREATE INDEX satisfaction_answer_pool_idx ON satisfaction_answer (pool_id, answered_month)
  `,
  `
    CREATE INDEX mediation_case_pool_referred_idx ON mediation_case (pool_id, referred_on)
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP INDEX mediation_case_pool_referred_idx',
    'DROP TABLE satisfaction_answer, satisfaction_invitation, case_outcome',
  ]);
}
