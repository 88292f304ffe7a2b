import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * An external mediator's declared hours belong to the engagement that matching recorded (name,
 * organisation and agreed rate), so costs can no longer be booked on a case without an external
 * mediator, or at a rate nobody agreed. Declarations made before this migration are linked to the
 * engagement on their case with the same name where there is one; the rest keep their own name and
 * rate and stay unlinked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE external_mediator_cost ADD COLUMN external_assignment_id uuid REFERENCES external_mediator_assignment(id)',
    `UPDATE external_mediator_cost x
        SET external_assignment_id = (
          SELECT a.id FROM external_mediator_assignment a
           WHERE a.case_id = x.case_id AND a.name = x.external_name AND a.status IN ('assigned', 'released')
           ORDER BY a.created_at DESC LIMIT 1)`,
    'CREATE INDEX external_mediator_cost_assignment_idx ON external_mediator_cost (external_assignment_id)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP INDEX external_mediator_cost_assignment_idx', 'ALTER TABLE external_mediator_cost DROP COLUMN external_assignment_id']);
}
