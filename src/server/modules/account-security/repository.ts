import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SecondFactorKind } from '../../auth/sessions.js';

/** All of the account-security module's SQL: second factors, remembered devices, attempts and sessions. */

// --- the authenticator app (TOTP) ---

export const findTotp = (db: Kysely<DB>, userId: string) =>
  db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();

/** A new, unconfirmed secret replaces an unconfirmed one; a confirmed one stays (the guard). */
export async function upsertUnconfirmedTotp(db: Kysely<DB>, userId: string, secretEncrypted: string): Promise<boolean> {
  const row = await db
    .insertInto('user_totp')
    .values({ user_id: userId, secret_encrypted: secretEncrypted })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ secret_encrypted: secretEncrypted, created_at: new Date(), last_used_step: null }).where('user_totp.confirmed_at', 'is', null),
    )
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the step used, only when it is newer than the last one (zero rows: used already). */
export async function useTotpStep(db: Kysely<DB>, userId: string, step: number, confirm: boolean): Promise<boolean> {
  const result = await db
    .updateTable('user_totp')
    .set({ last_used_step: step, ...(confirm ? { confirmed_at: new Date() } : {}) })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTotp(db: Kysely<DB>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('user_totp').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// --- passkeys ---

export const listPasskeys = (db: Kysely<DB>, userId: string) =>
  db.selectFrom('user_passkey').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();

export const findPasskeyByCredential = (db: Kysely<DB>, userId: string, credentialId: string) =>
  db.selectFrom('user_passkey').selectAll().where('user_id', '=', userId).where('credential_id', '=', credentialId).executeTakeFirst();

export const insertPasskey = (
  db: Kysely<DB>,
  values: { userId: string; credentialId: string; publicKey: Uint8Array; counter: number; transports: string[]; name: string },
) =>
  db
    .insertInto('user_passkey')
    .values({
      user_id: values.userId,
      credential_id: values.credentialId,
      public_key: values.publicKey,
      counter: values.counter,
      transports: values.transports,
      name: values.name,
    })
    .onConflict((oc) => oc.column('credential_id').doNothing())
    .returningAll()
    .executeTakeFirst();

/** The new counter, only when it moved forward (or the authenticator keeps none: both 0); zero rows: a replay. */
export async function usePasskey(db: Kysely<DB>, id: string, oldCounter: number, newCounter: number): Promise<boolean> {
  const result = await db
    .updateTable('user_passkey')
    .set({ counter: newCounter, last_used_at: new Date() })
    .where('id', '=', id)
    .where('counter', '=', oldCounter)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePasskey(db: Kysely<DB>, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('user_passkey').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export const findOwnPasskey = (db: Kysely<DB>, userId: string, id: string) =>
  db.selectFrom('user_passkey').select(['id', 'name']).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();

// --- recovery codes ---

export async function replaceRecoveryCodes(db: Kysely<DB>, userId: string, hashes: string[]): Promise<void> {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  if (hashes.length) await db.insertInto('user_recovery_code').values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))).execute();
}

export async function countRecoveryCodesLeft(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('user_recovery_code')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Uses one unused recovery code by its hash; false when there is none (wrong, or used already). */
export async function useRecoveryCode(db: Kysely<DB>, userId: string, hash: string): Promise<boolean> {
  const result = await db
    .updateTable('user_recovery_code')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- remembered devices ---

export const insertRememberedDevice = (db: Kysely<DB>, values: { id: string; userId: string; expiresAt: Date; userAgent: string | null }) =>
  db.insertInto('remembered_device').values({ id: values.id, user_id: values.userId, expires_at: values.expiresAt, user_agent: values.userAgent }).execute();

export async function deleteRememberedDevices(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('remembered_device').where('user_id', '=', userId).execute();
}

// --- the throttle's attempts ---

/** Failed tries of this person since their last success, oldest first, within `since`. */
export async function failuresSinceLastSuccess(db: Kysely<DB>, userId: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('second_factor_attempt')
    .select('at')
    .where('user_id', '=', userId)
    .where('success', '=', false)
    .where('at', '>', since)
    .where(
      'at',
      '>',
      sql<Date>`coalesce((select max(s.at) from second_factor_attempt s where s.user_id = ${userId} and s.success), '-infinity'::timestamptz)`,
    )
    .orderBy('at')
    .execute();
  return rows.map((r) => r.at);
}

export const recordAttempt = (db: Kysely<DB>, userId: string, ip: string, success: boolean) =>
  db.insertInto('second_factor_attempt').values({ user_id: userId, ip, success }).execute();

// --- sessions ---

/** The passkey challenge under way in this session: set, and read once (cleared by a guarded update). */
export async function setSessionChallenge(db: Kysely<DB>, sessionId: string, challenge: string): Promise<void> {
  await db.updateTable('user_session').set({ webauthn_challenge: challenge }).where('id', '=', sessionId).execute();
}

export const sessionChallenge = async (db: Kysely<DB>, sessionId: string) =>
  (await db.selectFrom('user_session').select('webauthn_challenge').where('id', '=', sessionId).executeTakeFirst())?.webauthn_challenge ?? null;

/** Clears exactly this challenge; false when it was taken already (a replay, or a second tab). */
export async function consumeSessionChallenge(db: Kysely<DB>, sessionId: string, challenge: string): Promise<boolean> {
  const result = await db
    .updateTable('user_session')
    .set({ webauthn_challenge: null })
    .where('id', '=', sessionId)
    .where('webauthn_challenge', '=', challenge)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The session passed the second step (guarded: only a session that had not). */
export async function markSessionPassed(db: Kysely<DB>, sessionId: string, kind: SecondFactorKind): Promise<void> {
  await db.updateTable('user_session').set({ second_factor: kind }).where('id', '=', sessionId).where('second_factor', 'is', null).execute();
}

/** The person's sessions that still work (not past their absolute or idle expiry). */
export const listActiveSessions = (db: Kysely<DB>, userId: string, idleCutoff: Date) =>
  db
    .selectFrom('user_session')
    .select(['id', 'public_id', 'ip', 'user_agent', 'created_at', 'last_seen_at', 'second_factor'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', new Date())
    .where('last_seen_at', '>', idleCutoff)
    .orderBy('last_seen_at', 'desc')
    .orderBy('public_id')
    .execute();

export const findOwnSession = (db: Kysely<DB>, userId: string, publicId: string) =>
  db.selectFrom('user_session').select(['id', 'public_id', 'user_id']).where('user_id', '=', userId).where('public_id', '=', publicId).executeTakeFirst();

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', id).execute();
}

export async function deleteSessionsOf(db: Kysely<DB>, userId: string): Promise<number> {
  const result = await db.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteRecoveryCodes(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
}

export async function deletePasskeys(db: Kysely<DB>, userId: string): Promise<number> {
  const result = await db.deleteFrom('user_passkey').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Whether the pool asks administrators, coordinators and finance for a second factor. */
export const poolRequiresSecondFactor = async (db: Kysely<DB>, poolId: string) =>
  (await db.selectFrom('pool_settings').select('require_second_factor').where('pool_id', '=', poolId).executeTakeFirst())?.require_second_factor ?? true;
