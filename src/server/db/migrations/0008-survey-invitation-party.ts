import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The satisfaction survey can be sent again to the parties who have not answered. For that an
 * invitation names its party, and a new link replaces the party's earlier unused one. The answer
 * itself stays without case or party: only the fact that a party's link was used is known.
 * Invitations sent before this migration have no party.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE satisfaction_invitation ADD COLUMN party_id uuid REFERENCES case_party(id)',
    'ALTER TABLE satisfaction_invitation ADD COLUMN replaced_at timestamptz',
    'ALTER TABLE satisfaction_invitation ADD CONSTRAINT satisfaction_invitation_used_or_replaced CHECK (used_at IS NULL OR replaced_at IS NULL)',
    'CREATE INDEX satisfaction_invitation_case_idx ON satisfaction_invitation (case_id, created_at)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP INDEX satisfaction_invitation_case_idx',
    'ALTER TABLE satisfaction_invitation DROP CONSTRAINT satisfaction_invitation_used_or_replaced',
    'ALTER TABLE satisfaction_invitation DROP COLUMN replaced_at',
    'ALTER TABLE satisfaction_invitation DROP COLUMN party_id',
  ]);
}
