import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * What a lending pool's final settlements settled of each hour entry of a lent mediator (issue 15,
 * item 2; ADR 0022). The hours are approved in the borrowing pool, which settles them by its own
 * periods; the lending pool settles them by its periods and may close a period before the
 * borrowing pool approves the last of them (or takes an approval back). So the lending pool keeps
 * what it settled, per entry: its next settlement takes the difference between the minutes
 * approved now and those settled before. Written while the settlement is a draft, in the
 * transaction that finalises it (as settlement_position); never changed or removed. A new table:
 * nothing existing changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
      CREATE TABLE lent_hours_settled (
        settlement_id uuid NOT NULL REFERENCES settlement(id),
        pool_id uuid NOT NULL REFERENCES pool(id),
        loan_id uuid NOT NULL REFERENCES mediator_loan(id),
        hour_entry_id uuid NOT NULL REFERENCES hour_entry(id),
        minutes integer NOT NULL CHECK (minutes <> 0),
        PRIMARY KEY (settlement_id, hour_entry_id)
      )
    `,
    'CREATE INDEX lent_hours_settled_entry_idx ON lent_hours_settled (pool_id, hour_entry_id)',
    `
      CREATE FUNCTION lent_hours_settled_only_while_draft() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION 'lent hours settled in a final settlement never change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM settlement s WHERE s.id = NEW.settlement_id AND s.status = 'draft' AND s.pool_id = NEW.pool_id) THEN
          RAISE EXCEPTION 'settlement % is final or of another pool: no lent hours can be added', NEW.settlement_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END;
      $$
    `,
    `
      CREATE TRIGGER lent_hours_settled_guard BEFORE INSERT OR UPDATE OR DELETE ON lent_hours_settled
        FOR EACH ROW EXECUTE FUNCTION lent_hours_settled_only_while_draft()
    `,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TABLE lent_hours_settled', 'DROP FUNCTION lent_hours_settled_only_while_draft()']);
}
