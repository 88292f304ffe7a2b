import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../../../domain/roles.js';
import { cappedCount, pageWindow, type PageRequest } from '../../db/paging.js';

/** All of the invitations module's SQL. */

/** One page of the pool's invitations, newest first (index of migration 0016), with the count up to LIST_REACH. */
export async function listInvitations(db: Kysely<DB>, poolId: string, page: PageRequest) {
  const window = pageWindow(page);
  const q = db.selectFrom('invitation').where('pool_id', '=', poolId);
  const counted = await cappedCount(db, q);
  const rows = await q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(window.limit).offset(window.offset).execute();
  return { rows, counted };
}

/** The invitation behind a link's hash, only while it can still be accepted. */
export const findOpenInvitationByHash = (db: Kysely<DB>, tokenHash: string) =>
  db
    .selectFrom('invitation')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();

export const findInvitation = (db: Kysely<DB>, poolId: string, invitationId: string) =>
  db.selectFrom('invitation').select(['id', 'pool_id', 'accepted_at', 'revoked_at']).where('id', '=', invitationId).where('pool_id', '=', poolId).executeTakeFirst();

export async function markRevoked(db: Kysely<DB>, invitationId: string) {
  await db.updateTable('invitation').set({ revoked_at: new Date() }).where('id', '=', invitationId).where('revoked_at', 'is', null).execute();
}

/** An open invitation for the same address is replaced, so only the newest link works. */
export async function revokeOpenInvitationsFor(db: Kysely<DB>, poolId: string, email: string) {
  await db
    .updateTable('invitation')
    .set({ revoked_at: new Date() })
    .where('pool_id', '=', poolId)
    .where(sql<boolean>`lower(email) = ${email.toLowerCase()}`)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

export interface NewInvitation {
  poolId: string;
  tokenHash: string;
  email: string;
  name: string;
  municipalityId: string | null;
  roles: Role[];
  createdBy: string | null;
  expiresAt: Date;
}

export const insertInvitation = (db: Kysely<DB>, inv: NewInvitation) =>
  db
    .insertInto('invitation')
    .values({
      pool_id: inv.poolId,
      token_hash: inv.tokenHash,
      email: inv.email,
      name: inv.name,
      municipality_id: inv.municipalityId,
      roles: inv.roles,
      created_by: inv.createdBy,
      expires_at: inv.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

export interface NewAccount {
  poolId: string;
  municipalityId: string | null;
  email: string;
  name: string;
  roles: string[];
  passwordHash: string;
}

/** The account an accepted invitation becomes. */
export const insertAccount = (db: Kysely<DB>, account: NewAccount) =>
  db
    .insertInto('app_user')
    .values({
      pool_id: account.poolId,
      municipality_id: account.municipalityId,
      email: account.email,
      name: account.name,
      roles: account.roles,
      password_hash: account.passwordHash,
    })
    .returning(['id', 'pool_id'])
    .executeTakeFirstOrThrow();

/** The guarded update that makes a link usable exactly once: false when someone else was first. */
export async function claimInvitation(db: Kysely<DB>, invitationId: string, userId: string): Promise<boolean> {
  const claimed = await db
    .updateTable('invitation')
    .set({ accepted_at: new Date(), user_id: userId })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** The account behind an address, of any pool (addresses are unique across the installation). */
export const findAccountByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('app_user').select(['id', 'password_hash', 'active']).where(sql<boolean>`lower(email) = ${email.toLowerCase()}`).executeTakeFirst();

/** Whether the account is (actively) a member of the pool already. */
export async function isMemberOfPool(db: Kysely<DB>, poolId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('app_user as u')
    .innerJoin('pool_membership as pm', 'pm.user_id', 'u.id')
    .select('u.id')
    .where('pm.pool_id', '=', poolId)
    .where(sql<boolean>`lower(u.email) = ${email.toLowerCase()}`)
    .executeTakeFirst();
  return row !== undefined;
}

/** A membership of another pool for an existing account; false when it is a member there already. */
export async function addMembership(db: Kysely<DB>, m: { userId: string; poolId: string; roles: string[]; municipalityId: string | null }): Promise<boolean> {
  const added = await db
    .insertInto('pool_membership')
    .values({ user_id: m.userId, pool_id: m.poolId, roles: m.roles, municipality_id: m.municipalityId })
    .onConflict((oc) => oc.columns(['user_id', 'pool_id']).doNothing())
    .executeTakeFirst();
  return Number(added.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The installation's first administrator also becomes its platform administrator, while it has none (ADR 0022). */
export async function makePlatformAdminIfNone(db: Kysely<DB>, userId: string) {
  const any = await db.selectFrom('app_user').select('id').where('platform_admin', '=', true).where('active', '=', true).executeTakeFirst();
  if (!any) await db.updateTable('app_user').set({ platform_admin: true }).where('id', '=', userId).execute();
}
