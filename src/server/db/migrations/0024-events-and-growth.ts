import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Community (issue 16, items 3 and 6).
 *
 * 3. Training and masterclasses: events of the pool (training, masterclass, intervision day,
 *    regional coordinator meeting) with a capacity; registrations that are either a place
 *    (`registered`) or on the waiting list (`waiting`, in order of `queued_at`), or cancelled;
 *    attendance recorded by the organiser. The evaluation is anonymous: the answers carry no
 *    person and no time, and who has answered is kept apart (only so nobody answers twice).
 * 6. Growing mediators: the lead's short review of the co-mediator after a co-mediation (one
 *    per case and co-mediator), and the coordinator's decisions on lead status; the number of
 *    positive co-mediations after which a mediator in training is suggested is a pool setting
 *    (3, as the US federal shared-neutrals programme).
 *
 * Only new tables and one column with a default: safe on existing data.
 */
const statements = [
  `
    CREATE TABLE community_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      kind text NOT NULL CHECK (kind IN ('training', 'masterclass', 'intervision_day', 'coordinator_meeting')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text CHECK (length(description) <= 4000),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      location text CHECK (length(location) BETWEEN 1 AND 300),
      online_url text CHECK (length(online_url) BETWEEN 1 AND 500),
      capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
      points integer NOT NULL DEFAULT 0 CHECK (points BETWEEN 0 AND 48),
      organiser_id uuid NOT NULL REFERENCES app_user(id),
      cancelled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at > starts_at),
      CHECK (location IS NOT NULL OR online_url IS NOT NULL)
    )
  `,
  `CREATE INDEX community_event_pool_idx ON community_event (pool_id, starts_at)`,
  `
    CREATE TABLE event_registration (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      event_id uuid NOT NULL REFERENCES community_event(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      status text NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled')),
      queued_at timestamptz NOT NULL DEFAULT now(),
      placed_at timestamptz,
      cancelled_at timestamptz,
      attended boolean,
      attendance_recorded_by uuid REFERENCES app_user(id),
      attendance_recorded_at timestamptz,
      UNIQUE (event_id, user_id)
    )
  `,
  `CREATE INDEX event_registration_event_idx ON event_registration (event_id, status, queued_at)`,
  `CREATE INDEX event_registration_user_idx ON event_registration (user_id, event_id)`,
  `
    CREATE TABLE event_evaluation_answer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      event_id uuid NOT NULL REFERENCES community_event(id),
      overall integer NOT NULL CHECK (overall BETWEEN 1 AND 5),
      usefulness integer NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
      comment text CHECK (length(comment) BETWEEN 1 AND 1000)
    )
  `,
  `CREATE INDEX event_evaluation_answer_event_idx ON event_evaluation_answer (event_id)`,
  `
    CREATE TABLE event_evaluation_given (
      event_id uuid NOT NULL REFERENCES community_event(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      PRIMARY KEY (event_id, user_id)
    )
  `,
  `
    CREATE TABLE co_mediation_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      co_mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      lead_mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      positive boolean NOT NULL,
      review text NOT NULL CHECK (length(review) BETWEEN 1 AND 2000),
      written_by uuid NOT NULL REFERENCES app_user(id),
      written_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (case_id, co_mediator_id)
    )
  `,
  `CREATE INDEX co_mediation_review_co_idx ON co_mediation_review (co_mediator_id, written_at)`,
  `
    CREATE TABLE lead_status_decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      decision text NOT NULL CHECK (decision IN ('approved', 'declined')),
      positive_reviews integer NOT NULL CHECK (positive_reviews >= 0),
      note text CHECK (length(note) <= 1000),
      decided_by uuid NOT NULL REFERENCES app_user(id),
      decided_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `CREATE INDEX lead_status_decision_mediator_idx ON lead_status_decision (mediator_id, decided_at)`,
  `ALTER TABLE pool_settings ADD COLUMN lead_after_co_mediations integer NOT NULL DEFAULT 3 CHECK (lead_after_co_mediations BETWEEN 1 AND 20)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE pool_settings DROP COLUMN lead_after_co_mediations',
    'DROP TABLE lead_status_decision, co_mediation_review, event_evaluation_given, event_evaluation_answer, event_registration, community_event',
  ]);
}
