import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Two more guards of a final settlement in the database itself (issue 12, item 7):
 * - the hour-entry lock also refuses an entry that becomes (or is inserted as) approved into a
 *   period a final settlement covers; before, it looked only at entries that were approved
 *   already, so a submitted entry could be approved into a settled period by SQL;
 * - no position can be added to a final settlement (the app writes them while it is a draft, in
 *   the transaction that finalises it).
 * "Covers" is the settlement figures' own rule: the entry's period starts inside the settlement's.
 * Nothing existing changes, so this is safe on any data.
 */
const settledSql = (row: 'OLD' | 'NEW') => `
  EXISTS (SELECT 1 FROM settlement s
          WHERE s.pool_id = ${row}.pool_id AND s.status = 'final'
            AND ${row}.period_start BETWEEN s.period_start AND s.period_end)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
    CREATE OR REPLACE FUNCTION hour_entry_locked_when_settled() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
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
    `,
    'DROP TRIGGER hour_entry_settled_lock ON hour_entry',
    `
    CREATE TRIGGER hour_entry_settled_lock BEFORE INSERT OR UPDATE OR DELETE ON hour_entry
      FOR EACH ROW EXECUTE FUNCTION hour_entry_locked_when_settled()
    `,
    `
    CREATE FUNCTION settlement_position_only_while_draft() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM settlement s WHERE s.id = NEW.settlement_id AND s.status = 'final') THEN
        RAISE EXCEPTION 'settlement % is final: no positions can be added', NEW.settlement_id
          USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      RETURN NEW;
    END;
    $$
    `,
    `
    CREATE TRIGGER settlement_position_insert_guard BEFORE INSERT ON settlement_position
      FOR EACH ROW EXECUTE FUNCTION settlement_position_only_while_draft()
    `,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP TRIGGER settlement_position_insert_guard ON settlement_position',
    'DROP FUNCTION settlement_position_only_while_draft()',
    'DROP TRIGGER hour_entry_settled_lock ON hour_entry',
    `
    CREATE OR REPLACE FUNCTION hour_entry_locked_when_settled() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'approved' AND ${settledSql('OLD')} THEN
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
  ]);
}
