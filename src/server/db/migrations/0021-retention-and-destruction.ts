import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Retention and destruction (issue 17, item 3; ADR 0018).
 *
 * - `retention_term`: a pool's own term per kind; a kind without a row uses the default of
 *   src/domain/retention/retention-terms.ts (whose source it states).
 * - `destruction_list` and `destruction_list_item`: a proposal (by the monthly job or a
 *   coordinator), reviewed item by item, approved once; the approval carries out the destruction
 *   and the list stays as its record (what, when, approved by whom). Once a list is no longer a
 *   proposal its items cannot change, also not by SQL.
 * - `destroyed_case`: the case files that were destroyed, and by which list.
 * - `destroy_case_event_texts(case)`: the timeline (case_event) is history, insert and select
 *   only for the runtime role (ADR 0011); its free texts (a reason, a detail with a party's name
 *   or a file name) go through this one narrow function, owned by the owner, which blanks exactly
 *   those two columns and only for a case recorded in destroyed_case. When, who and which step
 *   stay.
 * - The hour-entry lock of a final settlement (migrations 0005, 0012) lets one change through:
 *   clearing an entry's note while nothing else changes. Minutes, dates and status stay locked.
 * Nothing existing changes: safe on any data.
 */
const settledSql = (row: 'OLD' | 'NEW') => `
  EXISTS (SELECT 1 FROM settlement s
          WHERE s.pool_id = ${row}.pool_id AND s.status = 'final'
            AND ${row}.period_start BETWEEN s.period_start AND s.period_end)`;

const hourLock = (allowNoteClearing: boolean) => `
    CREATE OR REPLACE FUNCTION hour_entry_locked_when_settled() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${
        allowNoteClearing
          ? `-- Destruction clears a note of a settled entry (migration 0021); every other column stays as it was.
      IF TG_OP = 'UPDATE' AND NEW.note IS NULL
         AND (to_jsonb(NEW) - 'note' - 'updated_at') = (to_jsonb(OLD) - 'note' - 'updated_at') THEN
        RETURN NEW;
      END IF;`
          : ''
      }
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'approved' AND ${settledSql('OLD')} THEN
        RAISE EXCEPTION 'hour entry % is settled in a final settlement', OLD.id USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'approved' AND ${settledSql('NEW')} THEN
        RAISE EXCEPTION 'hour entry % cannot be approved into period % of a final settlement', NEW.id, NEW.period_code
          USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END;
    $$
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
    CREATE TABLE retention_term (
      pool_id uuid NOT NULL REFERENCES pool(id),
      kind text NOT NULL CHECK (kind IN ('case_file', 'documents', 'hour_notes', 'survey_answers', 'mail_log')),
      months integer NOT NULL CHECK (months BETWEEN 1 AND 240),
      updated_by uuid REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (pool_id, kind)
    )
    `,
    `
    CREATE TABLE destruction_list (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pool_id uuid NOT NULL REFERENCES pool(id),
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
      status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'destroyed')),
      -- Moves with every change of the proposal, so an approval is of the version that was reviewed.
      version integer NOT NULL DEFAULT 1,
      proposed_at timestamptz NOT NULL DEFAULT now(),
      proposed_by uuid REFERENCES app_user(id),
      proposed_label text NOT NULL CHECK (length(proposed_label) BETWEEN 1 AND 300),
      approved_by uuid REFERENCES app_user(id),
      approved_label text CHECK (length(approved_label) BETWEEN 1 AND 300),
      approved_at timestamptz,
      -- The terms the list was drawn up with, per kind (months): part of the record.
      terms jsonb NOT NULL DEFAULT '{}'::jsonb,
      CHECK ((status = 'destroyed') = (approved_at IS NOT NULL AND approved_label IS NOT NULL))
    )
    `,
    `CREATE INDEX destruction_list_pool_idx ON destruction_list (pool_id, proposed_at DESC, id DESC)`,
    // One proposal at a time per pool: the job and a coordinator proposing at once make one list.
    `CREATE UNIQUE INDEX destruction_list_one_proposal ON destruction_list (pool_id) WHERE status = 'proposed'`,
    `
    CREATE TABLE destruction_list_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      list_id uuid NOT NULL REFERENCES destruction_list(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      kind text NOT NULL CHECK (kind IN ('case_file', 'documents', 'hour_notes', 'survey_answers', 'mail_log')),
      -- The case (case_file, documents, hour_notes), the survey answer or the mail.
      object_id uuid NOT NULL,
      -- What the reviewer sees and the record keeps: a case number and type, or a mail's kind and date; never a name.
      label text NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
      term_started_on date NOT NULL,
      destroyable_from date NOT NULL,
      excluded boolean NOT NULL DEFAULT false,
      exclude_reason text CHECK (length(exclude_reason) BETWEEN 1 AND 1000),
      destroyed_at timestamptz,
      UNIQUE (list_id, kind, object_id),
      CHECK (excluded = (exclude_reason IS NOT NULL))
    )
    `,
    `CREATE INDEX destruction_list_item_list_idx ON destruction_list_item (list_id, kind, label)`,
    `
    CREATE FUNCTION destruction_list_item_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      list_status text;
    BEGIN
      SELECT status INTO list_status FROM destruction_list WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.list_id ELSE NEW.list_id END;
      IF list_status = 'proposed' THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END IF;
      -- An approved list: only the moment of destruction is written, once, on items that were not excluded.
      IF TG_OP = 'UPDATE' AND OLD.destroyed_at IS NULL AND NEW.destroyed_at IS NOT NULL AND NOT OLD.excluded
         AND (to_jsonb(NEW) - 'destroyed_at') = (to_jsonb(OLD) - 'destroyed_at') THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'destruction list % is approved: its items cannot change', CASE WHEN TG_OP = 'INSERT' THEN NEW.list_id ELSE OLD.list_id END USING ERRCODE = 'integrity_constraint_violation';
    END;
    $$
    `,
    `
    CREATE TRIGGER destruction_list_item_frozen BEFORE INSERT OR UPDATE OR DELETE ON destruction_list_item
      FOR EACH ROW EXECUTE FUNCTION destruction_list_item_frozen()
    `,
    `
    CREATE FUNCTION destruction_list_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'destroyed' THEN
        RAISE EXCEPTION 'destruction list % is approved and carried out: it cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END;
    $$
    `,
    `
    CREATE TRIGGER destruction_list_frozen BEFORE UPDATE OR DELETE ON destruction_list
      FOR EACH ROW EXECUTE FUNCTION destruction_list_frozen()
    `,
    `
    CREATE TABLE destroyed_case (
      case_id uuid PRIMARY KEY REFERENCES mediation_case(id),
      pool_id uuid NOT NULL REFERENCES pool(id),
      list_id uuid NOT NULL REFERENCES destruction_list(id),
      destroyed_at timestamptz NOT NULL DEFAULT now()
    )
    `,
    `
    CREATE FUNCTION destroy_case_event_texts(p_case uuid) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      n integer;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM destroyed_case WHERE case_id = p_case) THEN
        RAISE EXCEPTION 'case % is not destroyed: its timeline stays as it is', p_case USING ERRCODE = 'insufficient_privilege';
      END IF;
      UPDATE case_event SET reason = NULL, detail = '{}'::jsonb
        WHERE case_id = p_case AND (reason IS NOT NULL OR detail <> '{}'::jsonb);
      GET DIAGNOSTICS n = ROW_COUNT;
      RETURN n;
    END;
    $$
    `,
    hourLock(true),
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    hourLock(false),
    'DROP FUNCTION destroy_case_event_texts(uuid)',
    'DROP TABLE destroyed_case',
    'DROP TABLE destruction_list_item',
    'DROP FUNCTION destruction_list_item_frozen()',
    'DROP TABLE destruction_list',
    'DROP FUNCTION destruction_list_frozen()',
    'DROP TABLE retention_term',
  ]);
}
