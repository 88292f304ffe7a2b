import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** All of the profile module's SQL: one's own account row and personal API tokens. */

const TOKEN_COLUMNS = ['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function updateOwnAccount(db: Kysely<DB>, userId: string, changes: { name?: string; locale?: 'nl' | 'en' }) {
  await db.updateTable('app_user').set({ ...changes, updated_at: new Date() }).where('id', '=', userId).execute();
}

export const findPasswordOf = (db: Kysely<DB>, userId: string) =>
  db.selectFrom('app_user').select(['password_hash', 'email']).where('id', '=', userId).executeTakeFirstOrThrow();

export async function setPasswordHash(db: Kysely<DB>, userId: string, passwordHash: string) {
  await db.updateTable('app_user').set({ password_hash: passwordHash, updated_at: new Date() }).where('id', '=', userId).execute();
}

/** Ends the account's sessions except the one given (the session that changed the password stays). */
export async function endOtherSessions(db: Kysely<DB>, userId: string, keepSessionId: string | undefined) {
  let others = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepSessionId) others = others.where('id', '!=', keepSessionId);
  await others.execute();
}

export const listTokens = (db: Kysely<DB>, userId: string) =>
  db.selectFrom('api_token').select(TOKEN_COLUMNS).where('user_id', '=', userId).orderBy('created_at', 'desc').execute();

export async function countActiveTokens(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('api_token')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A token works in the pool it was made in only (ADR 0022). */
export const insertToken = (db: Kysely<DB>, token: { userId: string; poolId: string; name: string; tokenHash: string; prefix: string }) =>
  db
    .insertInto('api_token')
    .values({ user_id: token.userId, pool_id: token.poolId, name: token.name, token_hash: token.tokenHash, prefix: token.prefix })
    .returning(TOKEN_COLUMNS)
    .executeTakeFirstOrThrow();

/** A token of this user only: someone else's token is not found. */
export const findOwnToken = (db: Kysely<DB>, userId: string, tokenId: string) =>
  db.selectFrom('api_token').select(['id', 'user_id', 'revoked_at']).where('id', '=', tokenId).where('user_id', '=', userId).executeTakeFirst();

export async function markTokenRevoked(db: Kysely<DB>, tokenId: string) {
  await db.updateTable('api_token').set({ revoked_at: new Date() }).where('id', '=', tokenId).where('revoked_at', 'is', null).execute();
}
