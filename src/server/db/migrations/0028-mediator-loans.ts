import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * A loan of one mediator from one pool to another for one case (issue 15, item 2; ADR 0022).
 * The borrowing pool (`pool_id`, the case's pool) asks under a lending agreement in force; the
 * lending pool's coordinator approves or refuses (or the agreement approves at once). On approval
 * the mediator gets a membership and a mediator profile in the borrowing pool
 * (`borrower_profile_id`), is proposed there as usual, and their hours on the case are approved
 * there and settled between the two pools at the rate copied from the agreement at approval.
 * One open loan (asked or approved) per case and mediator.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
      CREATE TABLE mediator_loan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pool_id uuid NOT NULL REFERENCES pool(id),
        lender_pool_id uuid NOT NULL REFERENCES pool(id),
        agreement_id uuid NOT NULL REFERENCES lending_agreement(id),
        case_id uuid NOT NULL REFERENCES mediation_case(id),
        mediator_user_id uuid NOT NULL REFERENCES app_user(id),
        lender_profile_id uuid NOT NULL REFERENCES mediator_profile(id),
        borrower_profile_id uuid REFERENCES mediator_profile(id),
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'refused', 'withdrawn')),
        rate_cents integer CHECK (rate_cents BETWEEN 0 AND 100000),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        refusal_reason text CHECK (char_length(refusal_reason) <= 1000),
        CHECK (pool_id <> lender_pool_id),
        CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
        CHECK (status <> 'approved' OR borrower_profile_id IS NOT NULL)
      )
    `,
    `CREATE UNIQUE INDEX mediator_loan_open_key ON mediator_loan (case_id, mediator_user_id) WHERE status IN ('requested', 'approved')`,
    'CREATE INDEX mediator_loan_lender_idx ON mediator_loan (lender_pool_id, status)',
    'CREATE INDEX mediator_loan_agreement_idx ON mediator_loan (agreement_id)',
    'CREATE INDEX mediator_loan_borrower_profile_idx ON mediator_loan (borrower_profile_id) WHERE borrower_profile_id IS NOT NULL',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TABLE mediator_loan']);
}
