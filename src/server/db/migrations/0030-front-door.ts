import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * The public front door (voorportaal, issue 15 item 4).
 *
 * - A self-referral is a case without a referring account: `referral_source = 'self_referral'`
 *   and `referrer_user_id` NULL (only then). Existing cases keep their referrer.
 * - `front_door_status_link`: the resident's personal status link; only the token's SHA-256 is
 *   kept, it shows the case's status in words and nothing else, and it expires.
 * - `front_door_route_count`: anonymous counts of the routes the front door advised, per month
 *   (the first day of the month, nothing finer), route and municipality (CBS code, '' when none
 *   was given), with the pool that served the municipality then. No person, no time of day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE mediation_case DROP CONSTRAINT IF EXISTS mediation_case_referral_source_check',
    `ALTER TABLE mediation_case ADD CONSTRAINT mediation_case_referral_source_check CHECK (referral_source IN ('hr', 'manager',
      'complaints_officer', 'objections_officer', 'party', 'police', 'housing_corporation', 'other', 'self_referral'))`,
    'ALTER TABLE mediation_case ALTER COLUMN referrer_user_id DROP NOT NULL',
    `ALTER TABLE mediation_case ADD CONSTRAINT mediation_case_referrer_or_self_check
      CHECK (referrer_user_id IS NOT NULL OR referral_source = 'self_referral')`,
    `
      CREATE TABLE front_door_status_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pool_id uuid NOT NULL REFERENCES pool(id),
        case_id uuid NOT NULL UNIQUE REFERENCES mediation_case(id),
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )
    `,
    `
      CREATE TABLE front_door_route_count (
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        route text NOT NULL CHECK (route ~ '^[a-z_]{1,40}$'),
        municipality_code text NOT NULL CHECK (municipality_code = '' OR municipality_code ~ '^GM[0-9]{4}$'),
        pool_id uuid REFERENCES pool(id),
        count integer NOT NULL CHECK (count >= 0),
        PRIMARY KEY (month, route, municipality_code)
      )
    `,
    'CREATE INDEX front_door_route_count_pool_idx ON front_door_route_count (pool_id, month)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Self-referred cases stay (with their parties and history); so do the wider checks they need.
  await runStatements(db, ['DROP TABLE front_door_route_count, front_door_status_link']);
}
