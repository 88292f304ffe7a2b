import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Sessions, the mediation agreement, hours, the settlement between municipalities and the costs
 * of external mediators (issue 6). Every row carries pool_id.
 *
 * Period rule: an hour entry gets its settlement period when it is approved: the first period
 * (of the pool's current kind) that contains or follows the period of its work date and that no
 * final settlement covers. A settlement of [start, end] takes the approved entries whose period
 * starts inside it. A final settlement and its positions can no longer be changed (triggers below,
 * besides the checks in the commands), and neither can the approved hours it covers.
 */
const statements = [
  `
    CREATE TABLE mediation_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      -- iCalendar: the UID is derived from id and never changes; SEQUENCE rises on every
      -- reschedule and on cancellation.
      sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      location text CHECK (length(location) BETWEEN 1 AND 300),
      online_url text CHECK (length(online_url) BETWEEN 1 AND 500),
      description text CHECK (length(description) <= 2000),
      planned_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      cancelled_at timestamptz,
      cancel_reason text CHECK (length(cancel_reason) <= 1000),
      CHECK (ends_at > starts_at),
      CHECK (location IS NOT NULL OR online_url IS NOT NULL),
      CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
    )
  `,
  `
    CREATE INDEX mediation_session_case_idx ON mediation_session (case_id, starts_at)
  `,
  `
    -- The parties who attend a session (they get the invitation when they have an e-mail address).
    CREATE TABLE mediation_session_party (
      session_id uuid NOT NULL REFERENCES mediation_session(id),
      party_id uuid NOT NULL REFERENCES case_party(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      PRIMARY KEY (session_id, party_id)
    )
  `,
  `
    -- A private calendar feed per user: the secret sits in the URL, the database keeps its SHA-256.
    CREATE TABLE calendar_feed (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )
  `,
  `
    CREATE UNIQUE INDEX calendar_feed_active_key ON calendar_feed (user_id) WHERE revoked_at IS NULL
  `,
  `
    -- The signed mediation agreement (mediationovereenkomst): its date and the uploaded document.
    CREATE TABLE mediation_agreement (
      case_id uuid PRIMARY KEY REFERENCES mediation_case(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      signed_on date NOT NULL,
      document_id uuid NOT NULL REFERENCES case_document(id),
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    -- Routes on which a case may start without a signed agreement. No row: the informal approach
    -- (process_facilitator) only.
    CREATE TABLE pool_agreement_policy (
      pool_id uuid PRIMARY KEY REFERENCES pool(id),
      exempt_routes text[] NOT NULL DEFAULT '{process_facilitator}'
        CHECK (exempt_routes <@ ARRAY['formal_mediation', 'process_facilitator', 'coaching', 'group_mediation', 'external_mediator']::text[]),
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    CREATE TABLE hour_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      mediator_id uuid NOT NULL REFERENCES mediator_profile(id),
      -- Who supplies (the mediator's municipality when the hours were logged) and who uses (the
      -- case's requesting municipality), kept on the row so a settlement never depends on later edits.
      supplier_municipality_id uuid NOT NULL REFERENCES municipality(id),
      user_municipality_id uuid NOT NULL REFERENCES municipality(id),
      work_date date NOT NULL,
      minutes integer NOT NULL CHECK (minutes BETWEEN -1440 AND 1440 AND minutes <> 0),
      activity text NOT NULL CHECK (activity IN ('intake', 'session', 'preparation', 'reporting', 'travel', 'consultation')),
      travel_km integer CHECK (travel_km BETWEEN 0 AND 2000),
      note text CHECK (length(note) <= 1000),
      -- A correction of an approved entry in a final period: a new entry, possibly negative.
      corrects_id uuid REFERENCES hour_entry(id),
      status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'rejected')),
      decided_by uuid REFERENCES app_user(id),
      decided_at timestamptz,
      reject_reason text CHECK (length(reject_reason) BETWEEN 1 AND 1000),
      period_code text,
      period_start date,
      period_end date,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (corrects_id IS NOT NULL OR minutes > 0),
      CHECK ((status = 'approved') = (period_start IS NOT NULL AND period_end IS NOT NULL AND period_code IS NOT NULL)),
      CHECK ((status = 'rejected') = (reject_reason IS NOT NULL))
    )
  `,
  `
    CREATE INDEX hour_entry_mediator_idx ON hour_entry (mediator_id, work_date)
  `,
  `
    CREATE INDEX hour_entry_case_idx ON hour_entry (case_id, work_date)
  `,
  `
    CREATE INDEX hour_entry_queue_idx ON hour_entry (pool_id, status, created_at)
  `,
  `
    CREATE INDEX hour_entry_period_idx ON hour_entry (pool_id, period_start) WHERE status = 'approved'
  `,
  `
    CREATE INDEX hour_entry_corrects_idx ON hour_entry (corrects_id) WHERE corrects_id IS NOT NULL
  `,
  `
    CREATE TABLE settlement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
      period_code text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
      mode text CHECK (mode IN ('none', 'hourly')),
      -- The figures as canonical JSON (sorted keys): exactly the text whose SHA-256 is content_hash.
      figures text,
      content_hash text CHECK (content_hash ~ '^[0-9a-f]{64}$'),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      finalised_by uuid REFERENCES app_user(id),
      finalised_at timestamptz,
      UNIQUE (pool_id, period_code),
      CHECK (period_end >= period_start),
      CHECK ((status = 'final') = (figures IS NOT NULL AND content_hash IS NOT NULL AND finalised_at IS NOT NULL AND mode IS NOT NULL))
    )
  `,
  `
    -- At most one final settlement per period start, whatever the races.
    CREATE UNIQUE INDEX settlement_final_key ON settlement (pool_id, period_start) WHERE status = 'final'
  `,
  `
    CREATE TABLE settlement_position (
      settlement_id uuid NOT NULL REFERENCES settlement(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      municipality_id uuid NOT NULL REFERENCES municipality(id),
      minutes_supplied integer NOT NULL,
      minutes_used integer NOT NULL,
      net_minutes integer NOT NULL,
      own_minutes integer NOT NULL,
      received_cents integer,
      paid_cents integer,
      net_cents integer,
      PRIMARY KEY (settlement_id, municipality_id)
    )
  `,
  `
    CREATE FUNCTION settlement_final_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'final' THEN
        RAISE EXCEPTION 'settlement % is final and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END;
    $$
  `,
  `
    CREATE TRIGGER settlement_immutable BEFORE UPDATE OR DELETE ON settlement
      FOR EACH ROW EXECUTE FUNCTION settlement_final_is_immutable()
  `,
  `
    CREATE FUNCTION settlement_position_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'settlement positions cannot change' USING ERRCODE = 'integrity_constraint_violation';
    END;
    $$
  `,
  `
    CREATE TRIGGER settlement_position_immutable BEFORE UPDATE OR DELETE ON settlement_position
      FOR EACH ROW EXECUTE FUNCTION settlement_position_is_immutable()
  `,
  `
    -- Approved hours in a period that a final settlement covers are locked.
    CREATE FUNCTION hour_entry_locked_when_settled() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'approved' AND EXISTS (
        SELECT 1 FROM settlement s
        WHERE s.pool_id = OLD.pool_id AND s.status = 'final'
          AND OLD.period_start BETWEEN s.period_start AND s.period_end
      ) THEN
        RAISE EXCEPTION 'hour entry % is settled in a final settlement', OLD.id USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END;
    $$
  `,
  `
    CREATE TRIGGER hour_entry_settled_lock BEFORE UPDATE OR DELETE ON hour_entry
      FOR EACH ROW EXECUTE FUNCTION hour_entry_locked_when_settled()
  `,
  `
    -- External (paid) mediators: declared hours at an agreed rate, outside the netting between
    -- members. Keyed by case and the external mediator's name; several declarations per engagement.
    CREATE TABLE external_mediator_cost (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      case_id uuid NOT NULL REFERENCES mediation_case(id),
      external_name text NOT NULL CHECK (length(external_name) BETWEEN 1 AND 200),
      organisation text CHECK (length(organisation) <= 200),
      hourly_rate_cents integer NOT NULL CHECK (hourly_rate_cents BETWEEN 1 AND 10000000),
      minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 100000),
      declared_on date NOT NULL,
      note text CHECK (length(note) <= 1000),
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    CREATE INDEX external_mediator_cost_idx ON external_mediator_cost (pool_id, declared_on)
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP TRIGGER hour_entry_settled_lock ON hour_entry',
    'DROP TRIGGER settlement_position_immutable ON settlement_position',
    'DROP TRIGGER settlement_immutable ON settlement',
    `DROP TABLE external_mediator_cost, settlement_position, settlement, hour_entry, pool_agreement_policy,
      mediation_agreement, calendar_feed, mediation_session_party, mediation_session`,
    'DROP FUNCTION hour_entry_locked_when_settled(), settlement_position_is_immutable(), settlement_final_is_immutable()',
  ]);
}
