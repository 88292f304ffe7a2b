import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Several pools on one installation (issue 15, item 1; ADR 0022).
 *
 * - `pool_membership`: one account's place in one pool, with its own roles and municipality there.
 *   Every existing account becomes the membership of its pool (its "home pool"). The account's own
 *   columns (`app_user.pool_id`, `roles`, `municipality_id`, `active`) stay and stay true: they are
 *   the home pool's membership, and a trigger copies every change of them onto that membership, so
 *   code that writes the account (invitations, the registry, the CLI, administrators of the home
 *   pool) keeps the membership right. Memberships of other pools live only in this table.
 * - `app_user.platform_admin`: the installation-wide role that creates pools. The oldest
 *   administrator of an existing installation becomes one, so nobody is locked out of it.
 * - `user_session.pool_id`: the pool the session has chosen (null: the home pool).
 * - `api_token.pool_id`: a token works in one pool only; existing tokens: their account's pool.
 * - `mediator_profile`: one profile per account per pool (a mediator in two pools has two),
 *   instead of one per account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'ALTER TABLE app_user ADD COLUMN platform_admin boolean NOT NULL DEFAULT false',
    `UPDATE app_user SET platform_admin = true
       WHERE id = (SELECT id FROM app_user WHERE 'admin' = ANY(roles) AND active ORDER BY created_at, id LIMIT 1)`,
    `
      CREATE TABLE pool_membership (
        user_id uuid NOT NULL REFERENCES app_user(id),
        pool_id uuid NOT NULL REFERENCES pool(id),
        roles text[] NOT NULL DEFAULT '{}'
          CHECK (roles <@ ARRAY['admin','coordinator','contact','mediator','finance']::text[]),
        municipality_id uuid REFERENCES municipality(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, pool_id)
      )
    `,
    'CREATE INDEX pool_membership_pool_idx ON pool_membership (pool_id)',
    `INSERT INTO pool_membership (user_id, pool_id, roles, municipality_id, active, created_at)
       SELECT id, pool_id, roles, municipality_id, active, created_at FROM app_user`,
    `
      CREATE FUNCTION app_user_home_membership() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO pool_membership (user_id, pool_id, roles, municipality_id, active)
          VALUES (NEW.id, NEW.pool_id, NEW.roles, NEW.municipality_id, NEW.active)
          ON CONFLICT (user_id, pool_id) DO UPDATE
            SET roles = EXCLUDED.roles, municipality_id = EXCLUDED.municipality_id,
                active = EXCLUDED.active, updated_at = now();
        RETURN NEW;
      END;
      $$
    `,
    `
      CREATE TRIGGER app_user_keeps_home_membership
        AFTER INSERT OR UPDATE OF pool_id, roles, municipality_id, active ON app_user
        FOR EACH ROW EXECUTE FUNCTION app_user_home_membership()
    `,
    'ALTER TABLE user_session ADD COLUMN pool_id uuid REFERENCES pool(id)',
    'ALTER TABLE api_token ADD COLUMN pool_id uuid REFERENCES pool(id)',
    'UPDATE api_token t SET pool_id = u.pool_id FROM app_user u WHERE u.id = t.user_id',
    'ALTER TABLE mediator_profile DROP CONSTRAINT mediator_profile_user_id_key',
    'CREATE UNIQUE INDEX mediator_profile_pool_user_key ON mediator_profile (pool_id, user_id) WHERE user_id IS NOT NULL',
    'CREATE INDEX mediator_profile_user_idx ON mediator_profile (user_id)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP INDEX mediator_profile_user_idx',
    'DROP INDEX mediator_profile_pool_user_key',
    'ALTER TABLE mediator_profile ADD CONSTRAINT mediator_profile_user_id_key UNIQUE (user_id)',
    'ALTER TABLE api_token DROP COLUMN pool_id',
    'ALTER TABLE user_session DROP COLUMN pool_id',
    'DROP TRIGGER app_user_keeps_home_membership ON app_user',
    'DROP FUNCTION app_user_home_membership()',
    'DROP TABLE pool_membership',
    'ALTER TABLE app_user DROP COLUMN platform_admin',
  ]);
}
