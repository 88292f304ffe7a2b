import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Reports and matching facts that stay flat at national scale (issue 13, items 3 and 4; ADR 0012).
 *
 * 1. `approved_minutes_month`: the approved minutes per pool and month, summed three ways (by the
 *    supplying municipality, the using municipality and the mediator), kept current by statement
 *    triggers on hour_entry in the same transaction as the change. A year report or the fairness
 *    balance reads a few thousand of these rows instead of every hour entry; the days of a period
 *    that do not fill a whole month are read from hour_entry through `hour_entry_approved_day_idx`.
 * 2. Indexes the report and the per-mediator matching facts read by: case_mediator per pool and
 *    assignment time, and per mediator.
 * 3. `matching_facts_change`: what moved matching_facts_version, per version — the mediators whose
 *    facts changed, 'balance' (approved hours moved a municipality's balance) or 'all' (a
 *    municipality was renamed or moved). A server holding the facts in memory reloads only those
 *    mediators (modules/matching/mediator-facts-cache.ts). The counter still moves once per
 *    transaction per pool, at commit.
 */
const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** The delta of one statement on hour_entry: + new approved rows, − old approved rows. */
const upsertDelta = (source: string) => `
      INSERT INTO approved_minutes_month AS t (pool_id, dimension, month, subject_id, minutes)
      SELECT pool_id, dimension, month, subject_id, sum(minutes) FROM (
        SELECT d.pool_id, x.dimension, date_trunc('month', d.work_date)::date AS month, x.subject_id, d.minutes
        FROM (${source}) d
        CROSS JOIN LATERAL (VALUES ('supplier', d.supplier_municipality_id), ('user', d.user_municipality_id), ('mediator', d.mediator_id)) x (dimension, subject_id)
      ) s
      GROUP BY pool_id, dimension, month, subject_id
      HAVING sum(minutes) <> 0
      -- One order for every writer, so two transactions lock the same rows in the same order.
      ORDER BY pool_id, dimension, month, subject_id
      ON CONFLICT (pool_id, dimension, month, subject_id) DO UPDATE SET minutes = t.minutes + excluded.minutes`;
const NEW_ROWS = `SELECT pool_id, work_date, supplier_municipality_id, user_municipality_id, mediator_id, minutes FROM new_rows WHERE status = 'approved'`;
const OLD_ROWS = `SELECT pool_id, work_date, supplier_municipality_id, user_municipality_id, mediator_id, -minutes AS minutes FROM old_rows WHERE status = 'approved'`;

const statements = [
  `
    CREATE TABLE approved_minutes_month (
      pool_id uuid NOT NULL,
      dimension text NOT NULL CHECK (dimension IN ('supplier', 'user', 'mediator')),
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      -- The municipality (supplier, user) or the mediator_profile (mediator).
      subject_id uuid NOT NULL,
      minutes bigint NOT NULL,
      -- The minutes in the key's index too: a report reads them by an index-only scan.
      PRIMARY KEY (pool_id, dimension, month, subject_id) INCLUDE (minutes)
    )
  `,
  `
    INSERT INTO approved_minutes_month (pool_id, dimension, month, subject_id, minutes)
    SELECT h.pool_id, x.dimension, date_trunc('month', h.work_date)::date, x.subject_id, sum(h.minutes)
    FROM hour_entry h
    CROSS JOIN LATERAL (VALUES ('supplier', h.supplier_municipality_id), ('user', h.user_municipality_id), ('mediator', h.mediator_id)) x (dimension, subject_id)
    WHERE h.status = 'approved'
    GROUP BY 1, 2, 3, 4
    HAVING sum(h.minutes) <> 0
    ORDER BY 1, 2, 3, 4
  `,
  `
    CREATE FUNCTION approved_minutes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN${upsertDelta(NEW_ROWS)};
      ELSIF TG_OP = 'DELETE' THEN${upsertDelta(OLD_ROWS)};
      ELSE${upsertDelta(`${NEW_ROWS} UNION ALL ${OLD_ROWS}`)};
      END IF;
      RETURN NULL;
    END;
    $$
  `,
  `CREATE TRIGGER hour_entry_minutes_insert AFTER INSERT ON hour_entry REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION approved_minutes_changed()`,
  `CREATE TRIGGER hour_entry_minutes_update AFTER UPDATE ON hour_entry REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION approved_minutes_changed()`,
  `CREATE TRIGGER hour_entry_minutes_delete AFTER DELETE ON hour_entry REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION approved_minutes_changed()`,
  // The days of a period outside its whole months, and the period's approved hours by date.
  `CREATE INDEX hour_entry_approved_day_idx ON hour_entry (pool_id, work_date)
     INCLUDE (supplier_municipality_id, user_municipality_id, mediator_id, minutes) WHERE status = 'approved'`,
  `CREATE INDEX case_mediator_pool_assigned_idx ON case_mediator (pool_id, assigned_at) INCLUDE (mediator_id)`,
  `CREATE INDEX case_mediator_mediator_idx ON case_mediator (mediator_id)`,
  `
    CREATE TABLE matching_facts_change (
      pool_id uuid NOT NULL,
      version bigint NOT NULL,
      kind text NOT NULL CHECK (kind IN ('mediator', 'balance', 'all')),
      -- The mediator_profile for 'mediator'; the nil uuid otherwise.
      subject_id uuid NOT NULL,
      PRIMARY KEY (pool_id, version, kind, subject_id)
    )
  `,
  `
    -- Moves the pool's counter once per transaction (at commit, from the deferred triggers) and
    -- records what changed under that version; keeps the last 1,000 versions of changes.
    CREATE FUNCTION matching_facts_note(p uuid, change_kind text, subjects uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      flag text := 'mediatorpool.facts_' || replace(p::text, '-', '');
      v bigint := nullif(current_setting(flag, true), '')::bigint;
    BEGIN
      IF p IS NULL OR cardinality(subjects) = 0 THEN RETURN; END IF;
      IF v IS NULL THEN
        INSERT INTO matching_facts_version AS mv (pool_id, version) VALUES (p, 1)
          ON CONFLICT (pool_id) DO UPDATE SET version = mv.version + 1
          RETURNING version INTO v;
        PERFORM set_config(flag, v::text, true);
        DELETE FROM matching_facts_change WHERE pool_id = p AND version <= v - 1000;
      END IF;
      INSERT INTO matching_facts_change (pool_id, version, kind, subject_id)
        SELECT p, v, change_kind, s FROM unnest(subjects) s WHERE s IS NOT NULL
        ON CONFLICT DO NOTHING;
    END;
    $$
  `,
  `
    CREATE OR REPLACE FUNCTION matching_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      o jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
      n jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
      ids uuid[];
      p uuid;
    BEGIN
      IF TG_TABLE_NAME = 'municipality' THEN
        -- Shared by every pool: each pool's facts are reloaded whole.
        IF current_setting('mediatorpool.facts_all', true) = 'y' THEN RETURN NULL; END IF;
        PERFORM set_config('mediatorpool.facts_all', 'y', true);
        PERFORM matching_facts_note(pool.id, 'all', ARRAY[${NIL}]) FROM pool;
        RETURN NULL;
      END IF;
      IF TG_TABLE_NAME = 'hour_entry' THEN
        -- Only approved minutes count for the balance: a submitted or rejected entry changes nothing.
        IF coalesce(o ->> 'status', '') <> 'approved' AND coalesce(n ->> 'status', '') <> 'approved' THEN RETURN NULL; END IF;
        PERFORM matching_facts_note(x.pool_id, 'balance', ARRAY[${NIL}])
          FROM (SELECT (o ->> 'pool_id')::uuid UNION SELECT (n ->> 'pool_id')::uuid) x (pool_id);
        RETURN NULL;
      END IF;
      -- The old and the new row may name different mediators (or pools): both count.
      FOR p IN SELECT DISTINCT x FROM unnest(ARRAY[(o ->> 'pool_id')::uuid, (n ->> 'pool_id')::uuid]) x WHERE x IS NOT NULL LOOP
        ids := CASE TG_TABLE_NAME
          WHEN 'mediator_profile' THEN ARRAY[(o ->> 'id')::uuid, (n ->> 'id')::uuid]
          WHEN 'case_proposal' THEN ARRAY(SELECT pm.mediator_id FROM proposal_mediator pm
            WHERE pm.proposal_id IN ((o ->> 'id')::uuid, (n ->> 'id')::uuid))
          WHEN 'mediation_case' THEN ARRAY(
            SELECT cm.mediator_id FROM case_mediator cm WHERE cm.case_id IN ((o ->> 'id')::uuid, (n ->> 'id')::uuid)
            UNION SELECT pm.mediator_id FROM proposal_mediator pm WHERE pm.case_id IN ((o ->> 'id')::uuid, (n ->> 'id')::uuid))
          WHEN 'app_user' THEN ARRAY(SELECT mp.id FROM mediator_profile mp WHERE mp.user_id IN ((o ->> 'id')::uuid, (n ->> 'id')::uuid))
          WHEN 'invitation' THEN ARRAY(SELECT mp.id FROM mediator_profile mp WHERE mp.invitation_id IN ((o ->> 'id')::uuid, (n ->> 'id')::uuid))
          -- mediator_unavailability, mediator_relationship, upkeep_entry, case_mediator, proposal_mediator, matching_exclusion
          ELSE ARRAY[(o ->> 'mediator_id')::uuid, (n ->> 'mediator_id')::uuid]
        END;
        ids := ARRAY(SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL);
        PERFORM matching_facts_note(p, 'mediator', ids);
      END LOOP;
      RETURN NULL;
    END;
    $$
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

/** Back to the counter alone (the body of 0004's function) and no monthly totals. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
    CREATE OR REPLACE FUNCTION matching_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      p uuid;
      flag text;
    BEGIN
      IF TG_TABLE_NAME = 'municipality' THEN
        IF current_setting('mediatorpool.facts_all', true) = 'y' THEN RETURN NULL; END IF;
        PERFORM set_config('mediatorpool.facts_all', 'y', true);
        UPDATE matching_facts_version SET version = version + 1;
        RETURN NULL;
      END IF;
      IF TG_OP = 'DELETE' THEN p := OLD.pool_id; ELSE p := NEW.pool_id; END IF;
      flag := 'mediatorpool.facts_' || replace(p::text, '-', '');
      IF current_setting(flag, true) = 'y' THEN RETURN NULL; END IF;
      PERFORM set_config(flag, 'y', true);
      INSERT INTO matching_facts_version AS v (pool_id, version) VALUES (p, 1)
        ON CONFLICT (pool_id) DO UPDATE SET version = v.version + 1;
      RETURN NULL;
    END;
    $$
    `,
    'DROP FUNCTION matching_facts_note(uuid, text, uuid[])',
    'DROP TABLE matching_facts_change',
    'DROP INDEX case_mediator_mediator_idx',
    'DROP INDEX case_mediator_pool_assigned_idx',
    'DROP INDEX hour_entry_approved_day_idx',
    'DROP TRIGGER hour_entry_minutes_insert ON hour_entry',
    'DROP TRIGGER hour_entry_minutes_update ON hour_entry',
    'DROP TRIGGER hour_entry_minutes_delete ON hour_entry',
    'DROP FUNCTION approved_minutes_changed()',
    'DROP TABLE approved_minutes_month',
  ]);
}
