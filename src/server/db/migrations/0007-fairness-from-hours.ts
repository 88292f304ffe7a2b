import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Matching's fairness balance now reads the approved hours (modules/matching/fairness.ts), so a
 * change in the hours must invalidate the cached mediator facts like any other matching fact.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `CREATE CONSTRAINT TRIGGER hour_entry_matching_facts AFTER INSERT OR DELETE OR UPDATE OF status, minutes, work_date
       ON hour_entry DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_facts_changed()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TRIGGER hour_entry_matching_facts ON hour_entry']);
}
