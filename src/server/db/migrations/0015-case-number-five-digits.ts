import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Case numbers without a ceiling of 9,999 a year: the 10,000th case of a pool's year is
 * MP-YYYY-10000 (src/domain/cases/case-number.ts). Existing numbers keep their four digits.
 *
 * Text order puts MP-2026-10000 before MP-2026-9999, so every list that sorts by number sorts by
 * `number_order` instead: the year and the sequence padded to ten digits (the counter is an
 * integer, so the sequence has at most ten), computed by PostgreSQL from the number itself.
 */
const statements = [
  `ALTER TABLE case_number_counter DROP CONSTRAINT case_number_counter_last_number_check`,
  `ALTER TABLE case_number_counter ADD CONSTRAINT case_number_counter_last_number_check CHECK (last_number >= 1)`,
  `ALTER TABLE mediation_case DROP CONSTRAINT mediation_case_number_check`,
  `ALTER TABLE mediation_case ADD CONSTRAINT mediation_case_number_check
     CHECK (number ~ '^MP-[0-9]{4}-([0-9]{4}|[1-9][0-9]{4,9})$')`,
  `ALTER TABLE mediation_case ADD COLUMN number_order text
     GENERATED ALWAYS AS (left(number, 8) || lpad(substr(number, 9), 10, '0')) STORED`,
  `CREATE INDEX mediation_case_pool_number_order_idx ON mediation_case (pool_id, number_order)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, statements);
}

/** Back to four digits only while no case has five: a down that would drop cases refuses instead. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `DROP INDEX mediation_case_pool_number_order_idx`,
    `ALTER TABLE mediation_case DROP COLUMN number_order`,
    `ALTER TABLE mediation_case DROP CONSTRAINT mediation_case_number_check`,
    `ALTER TABLE mediation_case ADD CONSTRAINT mediation_case_number_check CHECK (number ~ '^MP-[0-9]{4}-[0-9]{4}$')`,
    `ALTER TABLE case_number_counter DROP CONSTRAINT case_number_counter_last_number_check`,
    `ALTER TABLE case_number_counter ADD CONSTRAINT case_number_counter_last_number_check CHECK (last_number BETWEEN 1 AND 9999)`,
  ]);
}
