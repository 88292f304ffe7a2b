import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Lending between pools (issue 15, item 2; ADR 0022): two pools agree to lend mediators to each
 * other. One pool's administrator proposes the terms (case types, free or a rate per hour, an
 * optional yearly cap in hours, whether loans need the lending pool's approval), the other pool's
 * administrator confirms; only a confirmed agreement that has not ended is in force. One
 * agreement in force or proposed per pair of pools.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
      CREATE TABLE lending_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposer_pool_id uuid NOT NULL REFERENCES pool(id),
        partner_pool_id uuid NOT NULL REFERENCES pool(id),
        case_types text[] NOT NULL
          CHECK (cardinality(case_types) > 0 AND case_types <@ ARRAY['employment', 'citizen_government', 'neighbours', 'group', 'other']::text[]),
        rate_cents integer CHECK (rate_cents BETWEEN 0 AND 100000),
        yearly_cap_hours integer CHECK (yearly_cap_hours BETWEEN 1 AND 10000),
        auto_approve boolean NOT NULL DEFAULT false,
        proposed_by uuid NOT NULL REFERENCES app_user(id),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        confirmed_by uuid REFERENCES app_user(id),
        confirmed_at timestamptz,
        ended_at timestamptz,
        CHECK (proposer_pool_id <> partner_pool_id),
        CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL))
      )
    `,
    `CREATE UNIQUE INDEX lending_agreement_pair_key ON lending_agreement
       (least(proposer_pool_id, partner_pool_id), greatest(proposer_pool_id, partner_pool_id)) WHERE ended_at IS NULL`,
    'CREATE INDEX lending_agreement_partner_idx ON lending_agreement (partner_pool_id)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TABLE lending_agreement']);
}
