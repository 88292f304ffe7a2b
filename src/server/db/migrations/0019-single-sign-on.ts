import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Single sign-on with OpenID Connect (issue 17, item 2; ADR 0016).
 *
 * - `sso_provider`: a pool's (or one of its municipalities') OpenID provider: issuer, client,
 *   which claims hold the e-mail address, the name and the groups, and which group grants which
 *   role. The client secret is kept sealed (AES-256-GCM under a key derived from the session
 *   secret) and never leaves the server.
 * - `sso_identity`: the provider's subject linked to an account, made at the first sign-in by
 *   verified e-mail address; later sign-ins find the account by it.
 * - `pool_sign_in`: whether the pool still accepts passwords. No row: it does (every existing pool).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `
      CREATE TABLE sso_provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pool_id uuid NOT NULL REFERENCES pool(id),
        municipality_id uuid REFERENCES municipality(id),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        issuer text NOT NULL CHECK (issuer ~ '^https?://'),
        client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 300),
        client_secret_sealed text NOT NULL,
        scopes text NOT NULL DEFAULT 'openid email profile',
        email_claim text NOT NULL DEFAULT 'email',
        name_claim text NOT NULL DEFAULT 'name',
        groups_claim text NOT NULL DEFAULT 'groups',
        role_mapping jsonb NOT NULL DEFAULT '[]'::jsonb,
        create_accounts boolean NOT NULL DEFAULT false,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `,
    'CREATE INDEX sso_provider_pool_idx ON sso_provider (pool_id)',
    `
      CREATE TABLE sso_identity (
        provider_id uuid NOT NULL REFERENCES sso_provider(id) ON DELETE CASCADE,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider_id, subject)
      )
    `,
    'CREATE INDEX sso_identity_user_idx ON sso_identity (user_id)',
    `
      CREATE TABLE pool_sign_in (
        pool_id uuid PRIMARY KEY REFERENCES pool(id),
        password_sign_in boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['DROP TABLE pool_sign_in', 'DROP TABLE sso_identity', 'DROP TABLE sso_provider']);
}
