import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Foundation: pools, municipalities, accounts, sessions, tokens, the audit log and the mail outbox.
 * Every pool-owned row carries pool_id from the start so one installation can host several pools.
 */
const statements = [
  `
    CREATE TABLE pool (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      colour text NOT NULL DEFAULT '#01689b' CHECK (colour ~ '^#[0-9a-fA-F]{6}$'),
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    -- Reference data shared by all pools: a municipality can be a member of several pools.
    CREATE TABLE municipality (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE CHECK (code ~ '^GM[0-9]{4}$'),
      name text NOT NULL,
      province text,
      lat double precision,
      lon double precision,
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    CREATE TABLE pool_member (
      pool_id uuid NOT NULL REFERENCES pool(id),
      municipality_id uuid NOT NULL REFERENCES municipality(id),
      member_since date NOT NULL DEFAULT current_date,
      member_until date,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (pool_id, municipality_id),
      CHECK (member_until IS NULL OR member_until >= member_since)
    )
  `,
  `
    CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      municipality_id uuid REFERENCES municipality(id),
      email text NOT NULL,
      name text NOT NULL,
      password_hash text,
      roles text[] NOT NULL DEFAULT '{}',
      locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      last_login_at timestamptz,
      CHECK (roles <@ ARRAY['admin','coordinator','contact','mediator','finance']::text[])
    )
  `,
  `
    CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))
  `,
  `
    CREATE INDEX app_user_pool_idx ON app_user (pool_id)
  `,
  `
    -- Server-side sessions: the cookie holds a random token, the database only its SHA-256.
    CREATE TABLE user_session (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id),
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    )
  `,
  `
    CREATE INDEX user_session_user_idx ON user_session (user_id)
  `,
  `
    CREATE TABLE login_attempt (
      id bigserial PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      success boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )
  `,
  `
    CREATE INDEX login_attempt_email_idx ON login_attempt (lower(email), at)
  `,
  `
    CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at)
  `,
  `
    CREATE TABLE invitation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      token_hash text NOT NULL UNIQUE,
      email text NOT NULL,
      name text NOT NULL,
      municipality_id uuid REFERENCES municipality(id),
      roles text[] NOT NULL,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      revoked_at timestamptz,
      user_id uuid REFERENCES app_user(id)
    )
  `,
  `
    CREATE INDEX invitation_pool_idx ON invitation (pool_id, created_at)
  `,
  `
    CREATE TABLE password_reset (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )
  `,
  `
    CREATE TABLE api_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id),
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )
  `,
  `
    CREATE INDEX api_token_user_idx ON api_token (user_id)
  `,
  `
    CREATE TABLE audit_event (
      id bigserial PRIMARY KEY,
      pool_id uuid REFERENCES pool(id),
      at timestamptz NOT NULL DEFAULT now(),
      actor_user_id uuid REFERENCES app_user(id),
      actor_label text NOT NULL,
      action text NOT NULL,
      object_type text NOT NULL,
      object_id text,
      result text NOT NULL CHECK (result IN ('success', 'denied', 'failure')),
      purpose text,
      request_id text,
      origin text,
      detail jsonb NOT NULL DEFAULT '{}'::jsonb
    )
  `,
  `
    CREATE INDEX audit_event_pool_at_idx ON audit_event (pool_id, at DESC, id DESC)
  `,
  `
    CREATE INDEX audit_event_object_idx ON audit_event (object_type, object_id)
  `,
  `
    -- The audit log is append-only: the database itself refuses to change or remove a row.
    CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END;
    $$
  `,
  `
    CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()
  `,
  `
    CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()
  `,
  `
    CREATE TABLE mail_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid REFERENCES pool(id),
      kind text NOT NULL,
      to_address text NOT NULL,
      subject text NOT NULL,
      body_text text NOT NULL,
      attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )
  `,
  `
    CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'queued'
  `,
  `
    CREATE INDEX mail_outbox_pool_idx ON mail_outbox (pool_id, created_at DESC)
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `DROP TABLE mail_outbox, audit_event, api_token, password_reset, invitation, login_attempt,
      user_session, app_user, pool_member, municipality, pool`,
    'DROP FUNCTION audit_event_is_append_only()',
  ]);
}
