import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The pool registry: pool settings (norms, settlement, covenant, rates, days off), mediator
 * profiles with their status history, unavailability, declared relationships, manual MfN upkeep
 * entries and wake-up mails. Every row carries pool_id. Member municipalities need no new table:
 * pool_member holds since/until and contact persons are users with the contact role.
 */
const statements = [
  `
    CREATE TABLE pool_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      purpose text NOT NULL CHECK (purpose IN ('covenant')),
      filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
      content_type text NOT NULL CHECK (content_type IN ('application/pdf')),
      size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      uploaded_by uuid REFERENCES app_user(id),
      uploaded_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    CREATE INDEX pool_document_pool_idx ON pool_document (pool_id, uploaded_at DESC)
  `,
  `
    -- One row per pool, created with the pool (trigger below), so settings always exist.
    CREATE TABLE pool_settings (
      pool_id uuid PRIMARY KEY REFERENCES pool(id),
      settlement_mode text NOT NULL DEFAULT 'none' CHECK (settlement_mode IN ('none', 'hourly')),
      settlement_period text NOT NULL DEFAULT 'quarter' CHECK (settlement_period IN ('month', 'quarter', 'year')),
      norm_first_contact_days integer NOT NULL DEFAULT 5 CHECK (norm_first_contact_days BETWEEN 1 AND 365),
      norm_assignment_days integer NOT NULL DEFAULT 10 CHECK (norm_assignment_days BETWEEN 1 AND 365),
      norm_conclusion_days integer NOT NULL DEFAULT 60 CHECK (norm_conclusion_days BETWEEN 1 AND 730),
      allow_different_department boolean NOT NULL DEFAULT false,
      retention_months integer NOT NULL DEFAULT 24 CHECK (retention_months BETWEEN 1 AND 240),
      aftercare_weeks integer NOT NULL DEFAULT 6 CHECK (aftercare_weeks BETWEEN 0 AND 52),
      covenant_signed_on date,
      covenant_description text CHECK (length(covenant_description) <= 2000),
      covenant_document_id uuid REFERENCES pool_document(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (norm_first_contact_days <= norm_assignment_days AND norm_assignment_days <= norm_conclusion_days)
    )
  `,
  `
    CREATE FUNCTION pool_settings_for_new_pool() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO pool_settings (pool_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
      RETURN NEW;
    END;
    $$
  `,
  `
    CREATE TRIGGER pool_gets_settings AFTER INSERT ON pool
      FOR EACH ROW EXECUTE FUNCTION pool_settings_for_new_pool()
  `,
  `
    INSERT INTO pool_settings (pool_id) SELECT id FROM pool ON CONFLICT DO NOTHING
  `,
  `
    CREATE TABLE pool_hourly_rate (
      pool_id uuid NOT NULL REFERENCES pool(id),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      cents integer NOT NULL CHECK (cents > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (pool_id, year)
    )
  `,
  `
    CREATE TABLE pool_day_off (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      date date NOT NULL,
      description text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (pool_id, date)
    )
  `,
  `
    -- A mediator or process facilitator. Until an invited mediator accepts, user_id is empty and
    -- name, e-mail and municipality come from the invitation; acceptance fills user_id (trigger).
    CREATE TABLE mediator_profile (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      user_id uuid UNIQUE REFERENCES app_user(id),
      invitation_id uuid UNIQUE REFERENCES invitation(id),
      department text CHECK (length(department) BETWEEN 1 AND 200),
      kind text NOT NULL DEFAULT 'mediator' CHECK (kind IN ('mediator', 'process_facilitator')),
      status text NOT NULL DEFAULT 'in_training' CHECK (status IN ('active', 'in_training', 'dormant', 'inactive', 'left')),
      status_since date NOT NULL DEFAULT current_date,
      specialisms text[] NOT NULL DEFAULT '{}'
        CHECK (specialisms <@ ARRAY['employment', 'citizen_government', 'neighbours', 'group', 'other']::text[]),
      languages text[] NOT NULL DEFAULT '{nl}'
        CHECK (array_to_string(languages, ',') ~ '^([a-z]{2,3}(,[a-z]{2,3})*)?$'),
      mfn_register_number text CHECK (length(mfn_register_number) BETWEEN 1 AND 50),
      registration_expires_on date,
      upkeep_cycle_start date,
      max_concurrent_cases integer NOT NULL DEFAULT 2 CHECK (max_concurrent_cases BETWEEN 0 AND 50),
      hours_per_month integer NOT NULL DEFAULT 8 CHECK (hours_per_month BETWEEN 0 AND 200),
      last_activity_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (user_id IS NOT NULL OR invitation_id IS NOT NULL)
    )
  `,
  `
    CREATE INDEX mediator_profile_pool_idx ON mediator_profile (pool_id, status)
  `,
  `
    CREATE UNIQUE INDEX mediator_profile_register_key ON mediator_profile (pool_id, mfn_register_number)
      WHERE mfn_register_number IS NOT NULL
  `,
  `
    -- Also by address: an administrator may have sent a fresh invitation to the same person
    -- through the accounts page, which replaces the one the profile was made with.
    CREATE FUNCTION mediator_profile_link_user() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE mediator_profile SET user_id = NEW.user_id, updated_at = now()
        WHERE user_id IS NULL AND pool_id = NEW.pool_id
          AND invitation_id IN (SELECT i.id FROM invitation i WHERE i.pool_id = NEW.pool_id AND lower(i.email) = lower(NEW.email));
      RETURN NEW;
    END;
    $$
  `,
  `
    CREATE TRIGGER invitation_accept_links_mediator AFTER UPDATE OF user_id ON invitation
      FOR EACH ROW WHEN (NEW.user_id IS NOT NULL AND OLD.user_id IS NULL)
      EXECUTE FUNCTION mediator_profile_link_user()
  `,
  `
    CREATE TABLE mediator_status_change (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      status text NOT NULL CHECK (status IN ('active', 'in_training', 'dormant', 'inactive', 'left')),
      from_date date NOT NULL,
      note text CHECK (length(note) <= 1000),
      changed_by uuid REFERENCES app_user(id),
      changed_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    CREATE INDEX mediator_status_change_mediator_idx ON mediator_status_change (mediator_id, from_date, changed_at)
  `,
  `
    CREATE TABLE mediator_unavailability (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('holiday', 'leave', 'other')),
      note text CHECK (length(note) <= 500),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on >= starts_on)
    )
  `,
  `
    CREATE INDEX mediator_unavailability_mediator_idx ON mediator_unavailability (mediator_id, starts_on)
  `,
  `
    -- No overlapping periods per mediator. An exclusion constraint would need btree_gist, which
    -- PGlite does not load by default; the commands also lock the profile row, so this check
    -- cannot race.
    CREATE FUNCTION mediator_unavailability_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (
        SELECT 1 FROM mediator_unavailability u
        WHERE u.mediator_id = NEW.mediator_id AND u.id <> NEW.id
          AND u.starts_on <= NEW.ends_on AND NEW.starts_on <= u.ends_on
      ) THEN
        RAISE EXCEPTION 'unavailability periods of mediator % overlap', NEW.mediator_id
          USING ERRCODE = 'exclusion_violation';
      END IF;
      RETURN NEW;
    END;
    $$
  `,
  `
    CREATE TRIGGER mediator_unavailability_overlap BEFORE INSERT OR UPDATE ON mediator_unavailability
      FOR EACH ROW EXECUTE FUNCTION mediator_unavailability_no_overlap()
  `,
  `
    CREATE TABLE mediator_relationship (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      kind text NOT NULL CHECK (kind IN ('municipality', 'department', 'person')),
      municipality_id uuid REFERENCES municipality(id),
      department text CHECK (length(department) BETWEEN 1 AND 200),
      person_name text CHECK (length(person_name) BETWEEN 1 AND 200),
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
      since date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (
        (kind = 'municipality' AND municipality_id IS NOT NULL AND department IS NULL AND person_name IS NULL)
        OR (kind = 'department' AND municipality_id IS NOT NULL AND department IS NOT NULL AND person_name IS NULL)
        OR (kind = 'person' AND person_name IS NOT NULL AND department IS NULL)
      )
    )
  `,
  `
    CREATE INDEX mediator_relationship_mediator_idx ON mediator_relationship (mediator_id)
  `,
  `
    -- Manual MfN upkeep entries (prior mediations, education points, peer reviews); cases and
    -- hours from later issues are counted alongside them.
    CREATE TABLE upkeep_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      type text NOT NULL CHECK (type IN ('mediation', 'education', 'peer_review')),
      occurred_on date NOT NULL,
      contact_minutes integer CHECK (contact_minutes BETWEEN 1 AND 6000),
      written_agreement boolean,
      co_mediation boolean,
      points integer CHECK (points BETWEEN 1 AND 100),
      education_kind text CHECK (education_kind IN ('training', 'intervision', 'other')),
      description text CHECK (length(description) <= 500),
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (
        (type = 'mediation' AND contact_minutes IS NOT NULL AND written_agreement IS NOT NULL AND co_mediation IS NOT NULL
          AND points IS NULL AND education_kind IS NULL)
        OR (type = 'education' AND points IS NOT NULL AND education_kind IS NOT NULL
          AND contact_minutes IS NULL AND written_agreement IS NULL AND co_mediation IS NULL)
        OR (type = 'peer_review' AND contact_minutes IS NULL AND written_agreement IS NULL AND co_mediation IS NULL
          AND points IS NULL AND education_kind IS NULL)
      )
    )
  `,
  `
    CREATE INDEX upkeep_entry_mediator_idx ON upkeep_entry (mediator_id, occurred_on)
  `,
  `
    CREATE TABLE mediator_wake_up (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      sent_at timestamptz NOT NULL DEFAULT now(),
      sent_by uuid REFERENCES app_user(id),
      mail_id uuid REFERENCES mail_outbox(id),
      message text CHECK (length(message) <= 2000)
    )
  `,
  `
    CREATE INDEX mediator_wake_up_mediator_idx ON mediator_wake_up (mediator_id, sent_at DESC)
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP TRIGGER invitation_accept_links_mediator ON invitation',
    'DROP TRIGGER pool_gets_settings ON pool',
    `DROP TABLE mediator_wake_up, upkeep_entry, mediator_relationship, mediator_unavailability,
      mediator_status_change, mediator_profile, pool_day_off, pool_hourly_rate, pool_settings, pool_document`,
    'DROP FUNCTION mediator_unavailability_no_overlap(), mediator_profile_link_user(), pool_settings_for_new_pool()',
  ]);
}
