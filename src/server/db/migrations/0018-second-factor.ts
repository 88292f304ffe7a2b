import type { Kysely } from 'kysely';
import { runStatements } from '../run-statements.js';

/**
 * Two-factor sign-in and sessions you can see (issue 17, items 1 and 8; docs/adr/0015-second-factor.md).
 *
 * - `user_session.second_factor`: how this session passed the second step ('totp', 'passkey',
 *   'recovery', 'sso', 'remembered'), NULL while it has not. A session of someone who must use a
 *   second factor and has not passed it is *pending*: only the second step and enrolment work.
 *   Existing sessions predate the rule and are treated like any other (NULL): their holders are
 *   asked for the second step on their next request, which is the safe side.
 * - `user_session.public_id`: the handle by which the sessions page names a session; the primary
 *   key is the SHA-256 of the cookie's token and is never sent anywhere.
 * - `user_session.webauthn_challenge`: the challenge of the passkey ceremony under way in this
 *   session, single use (cleared by the guarded update that consumes it).
 * - `pool_settings.require_second_factor`: administrators, coordinators and finance must use a
 *   second factor. On for new pools and for every existing pool (the default fills them).
 * - `user_totp`: the authenticator-app secret, encrypted (AES-256-GCM with a key derived from the
 *   server's secret), confirmed once a first code was right, and the last time step used, so a
 *   code is never accepted twice.
 * - `user_passkey`: WebAuthn credentials with their signature counter.
 * - `user_recovery_code`: SHA-256 of each recovery code, each used once.
 * - `remembered_device`: a device that may skip the second step until `expires_at` (the cookie
 *   holds a random token, the table its SHA-256), removed when the person's factors are reset.
 * - `second_factor_attempt`: failed and successful second-step tries, for the throttle.
 *
 * Only new tables and columns with defaults: safe on existing data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `ALTER TABLE user_session ADD COLUMN second_factor text
       CHECK (second_factor IN ('totp', 'passkey', 'recovery', 'sso', 'remembered'))`,
    'ALTER TABLE user_session ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid()',
    'ALTER TABLE user_session ADD COLUMN webauthn_challenge text',
    'CREATE UNIQUE INDEX user_session_public_id_key ON user_session (public_id)',
    'ALTER TABLE pool_settings ADD COLUMN require_second_factor boolean NOT NULL DEFAULT true',
    `CREATE TABLE user_totp (
       user_id uuid PRIMARY KEY REFERENCES app_user(id),
       secret_encrypted text NOT NULL,
       confirmed_at timestamptz,
       last_used_step bigint,
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE TABLE user_passkey (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
       user_id uuid NOT NULL REFERENCES app_user(id),
       credential_id text NOT NULL UNIQUE,
       public_key bytea NOT NULL,
       counter bigint NOT NULL DEFAULT 0,
       transports text[] NOT NULL DEFAULT '{}',
       name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
       created_at timestamptz NOT NULL DEFAULT now(),
       last_used_at timestamptz
     )`,
    'CREATE INDEX user_passkey_user_idx ON user_passkey (user_id)',
    `CREATE TABLE user_recovery_code (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
       user_id uuid NOT NULL REFERENCES app_user(id),
       code_hash text NOT NULL,
       used_at timestamptz,
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
    'CREATE INDEX user_recovery_code_user_idx ON user_recovery_code (user_id)',
    `CREATE TABLE remembered_device (
       id text PRIMARY KEY,
       user_id uuid NOT NULL REFERENCES app_user(id),
       created_at timestamptz NOT NULL DEFAULT now(),
       expires_at timestamptz NOT NULL,
       user_agent text
     )`,
    'CREATE INDEX remembered_device_user_idx ON remembered_device (user_id)',
    `CREATE TABLE second_factor_attempt (
       id bigserial PRIMARY KEY,
       user_id uuid NOT NULL REFERENCES app_user(id),
       ip text NOT NULL,
       success boolean NOT NULL,
       at timestamptz NOT NULL DEFAULT now()
     )`,
    'CREATE INDEX second_factor_attempt_user_idx ON second_factor_attempt (user_id, at)',
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    'DROP TABLE second_factor_attempt, remembered_device, user_recovery_code, user_passkey, user_totp',
    'ALTER TABLE pool_settings DROP COLUMN require_second_factor',
    'DROP INDEX user_session_public_id_key',
    'ALTER TABLE user_session DROP COLUMN webauthn_challenge',
    'ALTER TABLE user_session DROP COLUMN public_id',
    'ALTER TABLE user_session DROP COLUMN second_factor',
  ]);
}
