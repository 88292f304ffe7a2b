import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The processing log and its integrity (issue 17, items 5 and 6; ADR 0017).
 *
 * 1. audit_event names the processing activity of each entry (a code of the register, see
 *    src/domain/processing), the data subject where known (type and id, never a name) and the
 *    W3C trace id of the request, so a municipality can correlate an entry with its own logs.
 * 2. processing_activity: the pool's register of processing activities (AVG art. 30). The
 *    standard activities live in the code; a row here is the pool's own wording of one of them,
 *    or an activity the administrator added.
 * 3. audit_chain: a hash chain over the audit log. At commit (a deferred constraint trigger, so
 *    the lock is held for the last moment of a transaction only, never while it waits for other
 *    locks), each new audit row gets the next sequence number and
 *    sha256(previous hash || canonical text of the row). A transaction-level advisory lock
 *    serialises the links; the primary key on seq makes a fork impossible even where the lock
 *    would not be enough (a REPEATABLE READ snapshot that misses the last link fails instead).
 *    Existing rows are chained in id order. `mediatorpool audit verify` recomputes every link.
 *
 * The canonical text is jsonb_build_object(...)::text over a fixed list of columns: jsonb prints
 * keys in a fixed order, so the same values give the same text on PostgreSQL and PGlite, in any
 * time zone (the time is in microseconds since 1970). A column added to audit_event later is not
 * covered until a new version of this text is introduced (field "v").
 */
const CHAIN_LOCK = 7270020;
const GENESIS = `repeat('0', 64)`;

const canonical = (row: string, seq: string) => `jsonb_build_object(
      'v', 1, 'seq', ${seq}, 'id', ${row}.id, 'pool', ${row}.pool_id,
      'at', (extract(epoch FROM ${row}.at) * 1000000)::bigint,
      'actor', ${row}.actor_user_id, 'actorLabel', ${row}.actor_label, 'action', ${row}.action,
      'objectType', ${row}.object_type, 'objectId', ${row}.object_id, 'result', ${row}.result,
      'purpose', ${row}.purpose, 'requestId', ${row}.request_id, 'origin', ${row}.origin,
      'detail', ${row}.detail, 'activity', ${row}.activity, 'subjectType', ${row}.subject_type,
      'subjectId', ${row}.subject_id, 'traceId', ${row}.trace_id)::text`;

const link = (prev: string, row: string, seq: string) => `encode(sha256(convert_to(${prev} || ${canonical(row, seq)}, 'UTF8')), 'hex')`;

const statements = [
  `ALTER TABLE audit_event ADD COLUMN activity text, ADD COLUMN subject_type text, ADD COLUMN subject_id text, ADD COLUMN trace_id text`,
  `CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id) WHERE subject_id IS NOT NULL`,
  `CREATE INDEX audit_event_trace_idx ON audit_event (trace_id) WHERE trace_id IS NOT NULL`,
  `
    CREATE TABLE processing_activity (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
      name text NOT NULL,
      purpose text NOT NULL,
      legal_basis text NOT NULL,
      data_categories text NOT NULL,
      subject_categories text NOT NULL,
      retention text NOT NULL,
      recipients text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (pool_id, code)
    )
  `,
  `
    CREATE TABLE audit_chain (
      seq bigint PRIMARY KEY,
      audit_id bigint NOT NULL UNIQUE,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )
  `,
  `
    CREATE FUNCTION audit_chain_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_chain is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END;
    $$
  `,
  `
    CREATE TRIGGER audit_chain_no_update_delete BEFORE UPDATE OR DELETE ON audit_chain
      FOR EACH ROW EXECUTE FUNCTION audit_chain_is_append_only()
  `,
  `
    CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
      FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_is_append_only()
  `,
  `
    -- The existing log, chained in id order.
    DO $$
    DECLARE
      r record;
      n bigint := 0;
      prev text := ${GENESIS};
      h text;
    BEGIN
      FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
        n := n + 1;
        h := ${link('prev', 'r', 'n')};
        INSERT INTO audit_chain (seq, audit_id, prev_hash, hash) VALUES (n, r.id, prev, h);
        prev := h;
      END LOOP;
    END;
    $$
  `,
  `
    CREATE FUNCTION audit_chain_link() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
    DECLARE
      last_seq bigint;
      prev text;
      next_seq bigint;
    BEGIN
      PERFORM pg_advisory_xact_lock(${CHAIN_LOCK});
      -- A statement of its own after the lock: under READ COMMITTED it sees the link that the
      -- previous holder committed.
      SELECT c.seq, c.hash INTO last_seq, prev FROM audit_chain c ORDER BY c.seq DESC LIMIT 1;
      IF NOT FOUND THEN
        last_seq := 0;
        prev := ${GENESIS};
      END IF;
      next_seq := last_seq + 1;
      INSERT INTO audit_chain (seq, audit_id, prev_hash, hash) VALUES (next_seq, NEW.id, prev, ${link('prev', 'NEW', 'next_seq')});
      RETURN NULL;
    END;
    $$
  `,
  `
    CREATE CONSTRAINT TRIGGER audit_event_chain AFTER INSERT ON audit_event
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_link()
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP TRIGGER audit_event_chain ON audit_event',
    'DROP FUNCTION audit_chain_link()',
    'DROP TABLE audit_chain, processing_activity',
    'DROP FUNCTION audit_chain_is_append_only()',
    'DROP INDEX audit_event_subject_idx, audit_event_trace_idx',
    'ALTER TABLE audit_event DROP COLUMN activity, DROP COLUMN subject_type, DROP COLUMN subject_id, DROP COLUMN trace_id',
  ]);
}
