import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * All of the auth module's SQL: the account behind an address, sessions, password resets. Login
 * attempts are counted and recorded by the shared throttle (`auth/password-throttle.ts`).
 */

/** An address compared case-insensitively; the caller has trimmed and lower-cased it. */
const emailIs = (email: string) => sql<boolean>`lower(email) = ${email}`;

export const findLoginAccount = (db: Kysely<DB>, email: string) =>
  db.selectFrom('app_user').select(['id', 'pool_id', 'password_hash', 'active']).where(emailIs(email)).executeTakeFirst();

export async function deleteSession(db: Kysely<DB>, sessionId: string) {
  await db.deleteFrom('user_session').where('id', '=', sessionId).execute();
}

/** The pool's name and colour for the signed-in frame. */
export const findPoolBrand = (db: Kysely<DB>, poolId: string) =>
  db.selectFrom('pool').select(['id', 'name', 'colour']).where('id', '=', poolId).executeTakeFirstOrThrow();

/** An active account behind an address, for a reset link. */
export const findActiveAccountByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('app_user').select(['id', 'name', 'email', 'pool_id']).where(emailIs(email)).where('active', '=', true).executeTakeFirst();

export async function countResetsSince(db: Kysely<DB>, userId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('password_reset')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertPasswordReset(db: Kysely<DB>, reset: { userId: string; tokenHash: string; expiresAt: Date }) {
  await db.insertInto('password_reset').values({ user_id: reset.userId, token_hash: reset.tokenHash, expires_at: reset.expiresAt }).execute();
}

/** A reset link that is unused, unexpired and of an active account. */
export const findUsableReset = (db: Kysely<DB>, tokenHash: string) =>
  db
    .selectFrom('password_reset as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'u.email', 'u.pool_id'])
    .where('r.token_hash', '=', tokenHash)
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', new Date())
    .where('u.active', '=', true)
    .executeTakeFirst();

/** The guarded update that makes a reset link usable once: false when it was used meanwhile. */
export async function markResetUsed(db: Kysely<DB>, resetId: string): Promise<boolean> {
  const used = await db.updateTable('password_reset').set({ used_at: new Date() }).where('id', '=', resetId).where('used_at', 'is', null).executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

export async function setPasswordHash(db: Kysely<DB>, userId: string, passwordHash: string) {
  await db.updateTable('app_user').set({ password_hash: passwordHash, updated_at: new Date() }).where('id', '=', userId).execute();
}
