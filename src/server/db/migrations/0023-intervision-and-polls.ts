import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Community (issue 16, items 1, 2 and 7).
 *
 * 1. Upkeep entries earned elsewhere in the product (intervision attendance, a training's
 *    attendance): `source_type` and `source_id` name what earned them, so recording the same
 *    attendance twice inserts one entry and correcting it removes exactly that entry
 *    (registry module, recordEarnedPoints / withdrawEarnedPoints). Manual entries keep both null.
 * 2. Date polls (ADR 0020: one generic mechanism): an organiser's slots, the invitees (an account,
 *    or a case party answering through a personal link: only the token's SHA-256 is kept, it
 *    expires, and it opens this poll only), one answer per invitee and slot. A poll is fixed once,
 *    on one of its slots; for a case's first session the fixed poll names the session it made.
 * 3. Intervision groups of mediator profiles with a facilitator and a rhythm; meetings, each with a
 *    method and the poll that fixes its date; attendance as the facilitator recorded it.
 * 4. The pool's intervision points per hour (pool_settings), 1 by default, as the register counts.
 */
const statements = [
  `ALTER TABLE upkeep_entry ADD COLUMN source_type text CHECK (source_type IS NULL OR length(source_type) BETWEEN 1 AND 40)`,
  `ALTER TABLE upkeep_entry ADD COLUMN source_id uuid`,
  `ALTER TABLE upkeep_entry ADD CONSTRAINT upkeep_entry_source_pair CHECK ((source_type IS NULL) = (source_id IS NULL))`,
  `CREATE UNIQUE INDEX upkeep_entry_source_idx ON upkeep_entry (mediator_id, source_type, source_id) WHERE source_type IS NOT NULL`,
  `ALTER TABLE pool_settings ADD COLUMN intervision_points_per_hour numeric(4,2) NOT NULL DEFAULT 1 CHECK (intervision_points_per_hour > 0 AND intervision_points_per_hour <= 10)`,
  `
    CREATE TABLE date_poll (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      purpose text NOT NULL CHECK (purpose IN ('intervision-meeting', 'case-first-session')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      location text CHECK (length(location) <= 200),
      online_url text CHECK (length(online_url) <= 500),
      -- A case's data may be destroyed at the end of its retention period: its polls go with it.
      case_id uuid REFERENCES mediation_case(id) ON DELETE CASCADE,
      organiser_id uuid NOT NULL REFERENCES app_user(id),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'fixed', 'cancelled')),
      fixed_slot_id uuid,
      fixed_at timestamptz,
      fixed_by uuid REFERENCES app_user(id),
      session_id uuid REFERENCES mediation_session(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((purpose = 'case-first-session') = (case_id IS NOT NULL)),
      CHECK ((status = 'fixed') = (fixed_slot_id IS NOT NULL AND fixed_at IS NOT NULL))
    )
  `,
  `CREATE INDEX date_poll_pool_idx ON date_poll (pool_id, status, created_at DESC)`,
  `CREATE INDEX date_poll_case_idx ON date_poll (case_id) WHERE case_id IS NOT NULL`,
  `
    CREATE TABLE date_poll_slot (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      poll_id uuid NOT NULL REFERENCES date_poll(id) ON DELETE CASCADE,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'),
      UNIQUE (poll_id, starts_at, ends_at)
    )
  `,
  `ALTER TABLE date_poll ADD CONSTRAINT date_poll_fixed_slot_fk FOREIGN KEY (fixed_slot_id) REFERENCES date_poll_slot(id)`,
  `
    CREATE TABLE date_poll_invitee (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      poll_id uuid NOT NULL REFERENCES date_poll(id) ON DELETE CASCADE,
      user_id uuid REFERENCES app_user(id),
      party_id uuid REFERENCES case_party(id) ON DELETE CASCADE,
      token_hash text UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      token_expires_at timestamptz,
      answered_at timestamptz,
      CHECK ((user_id IS NULL) <> (party_id IS NULL)),
      CHECK ((party_id IS NULL) = (token_hash IS NULL) AND (token_hash IS NULL) = (token_expires_at IS NULL)),
      UNIQUE (poll_id, user_id),
      UNIQUE (poll_id, party_id)
    )
  `,
  `CREATE INDEX date_poll_invitee_user_idx ON date_poll_invitee (user_id) WHERE user_id IS NOT NULL`,
  `
    CREATE TABLE date_poll_answer (
      invitee_id uuid NOT NULL REFERENCES date_poll_invitee(id) ON DELETE CASCADE,
      slot_id uuid NOT NULL REFERENCES date_poll_slot(id) ON DELETE CASCADE,
      answer text NOT NULL CHECK (answer IN ('yes', 'maybe', 'no')),
      answered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (invitee_id, slot_id)
    )
  `,
  `
    CREATE TABLE intervision_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      facilitator_id uuid NOT NULL REFERENCES mediator_profile(id),
      meetings_per_year integer NOT NULL CHECK (meetings_per_year BETWEEN 1 AND 12),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (pool_id, name)
    )
  `,
  `
    CREATE TABLE intervision_member (
      group_id uuid NOT NULL REFERENCES intervision_group(id) ON DELETE CASCADE,
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (group_id, mediator_id)
    )
  `,
  `CREATE INDEX intervision_member_mediator_idx ON intervision_member (mediator_id)`,
  `
    CREATE TABLE intervision_meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      group_id uuid NOT NULL REFERENCES intervision_group(id) ON DELETE CASCADE,
      method text NOT NULL CHECK (method IN ('incident', 'balint', 'free')),
      poll_id uuid NOT NULL UNIQUE REFERENCES date_poll(id),
      attendance_recorded_at timestamptz,
      attendance_recorded_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `CREATE INDEX intervision_meeting_group_idx ON intervision_meeting (group_id, created_at DESC)`,
  `
    CREATE TABLE intervision_attendance (
      meeting_id uuid NOT NULL REFERENCES intervision_meeting(id) ON DELETE CASCADE,
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      points integer NOT NULL CHECK (points BETWEEN 0 AND 100),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, mediator_id)
    )
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP TABLE intervision_attendance, intervision_meeting, intervision_member, intervision_group',
    'ALTER TABLE date_poll DROP CONSTRAINT date_poll_fixed_slot_fk',
    'DROP TABLE date_poll_answer, date_poll_invitee, date_poll_slot, date_poll',
    'ALTER TABLE pool_settings DROP COLUMN intervision_points_per_hour',
    'DROP INDEX upkeep_entry_source_idx',
    'ALTER TABLE upkeep_entry DROP CONSTRAINT upkeep_entry_source_pair',
    'ALTER TABLE upkeep_entry DROP COLUMN source_id',
    'ALTER TABLE upkeep_entry DROP COLUMN source_type',
  ]);
}
