import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../../../domain/roles.js';
import { containsPattern } from '../../db/like-pattern.js';

/** All of the users module's SQL: accounts of one pool, with their municipality's name. */

/** An address compared the way logging in compares it: trimmed by the caller, case-insensitive. */
const sameEmail = (email: string) => sql<boolean>`lower(email) = ${email.toLowerCase()}`;

/**
 * Users with their municipality's name, always scoped to one pool: the accounts with a membership
 * there, with the roles, municipality and state of that membership (ADR 0022).
 */
const selectUsers = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('app_user as u')
    .innerJoin('pool_membership as pm', (j) => j.onRef('pm.user_id', '=', 'u.id').on('pm.pool_id', '=', poolId))
    .leftJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'pm.roles',
      'pm.municipality_id',
      'm.name as municipality_name',
      sql<boolean>`(u.active AND pm.active)`.as('active'),
      'u.locale',
      'u.created_at',
      'u.last_login_at',
    ]);

export const findUser = (db: Kysely<DB>, poolId: string, userId: string) =>
  selectUsers(db, poolId).where('u.id', '=', userId).executeTakeFirst();

export interface UserFilter {
  q?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
}

/** One page of the pool's users by name, and how many match the filter in all. */
export async function listUsers(db: Kysely<DB>, poolId: string, filter: UserFilter, page: { page: number; pageSize: number }) {
  let query = selectUsers(db, poolId);
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where((eb) => eb.or([eb('u.name', 'ilike', like), eb('u.email', 'ilike', like)]));
  }
  if (filter.role) query = query.where(sql<boolean>`${filter.role} = ANY(pm.roles)`);
  if (filter.active !== undefined) query = query.where(sql<boolean>`(u.active AND pm.active) = ${filter.active}`);
  const total = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.orderBy('u.name').orderBy('u.id').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute();
  return { rows, total: Number(total.n) };
}

/**
 * The account as a member of the pool, for a change by an administrator of that pool: roles,
 * municipality and state of its membership there; `home` when the pool is the account's own.
 */
export const findAccount = (db: Kysely<DB>, poolId: string, userId: string) =>
  db
    .selectFrom('app_user as u')
    .innerJoin('pool_membership as pm', (j) => j.onRef('pm.user_id', '=', 'u.id').on('pm.pool_id', '=', poolId))
    .select(['u.id', 'u.name', 'u.email', 'pm.pool_id', 'pm.roles', 'pm.municipality_id', 'pm.active', sql<boolean>`(u.pool_id = pm.pool_id)`.as('home')])
    .where('u.id', '=', userId)
    .executeTakeFirst();

/** Whether any account (of any pool: addresses are unique across the installation) uses this address. */
export async function emailTaken(db: Kysely<DB>, email: string): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').where(sameEmail(email)).executeTakeFirst();
  return row !== undefined;
}

/** Whether the municipality is (or was) a member of the pool, so an account may belong to it. */
export async function isPoolMunicipality(db: Kysely<DB>, poolId: string, municipalityId: string): Promise<boolean> {
  const member = await db
    .selectFrom('pool_member')
    .select('municipality_id')
    .where('pool_id', '=', poolId)
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return member !== undefined;
}

export interface AccountChanges {
  name?: string;
  roles?: Role[];
  active?: boolean;
  municipality_id?: string | null;
}

/**
 * Changes an account as a member of a pool. In its home pool the account's own columns change (a
 * trigger copies them onto the membership); in another pool roles, municipality and state are the
 * membership's, and the name (one per person) stays the account's.
 */
export async function updateAccount(db: Kysely<DB>, account: { id: string; pool_id: string; home: boolean }, changes: AccountChanges) {
  const { name, ...membership } = changes;
  if (account.home) {
    await db.updateTable('app_user').set({ ...changes, updated_at: new Date() }).where('id', '=', account.id).execute();
    return;
  }
  if (name !== undefined) await db.updateTable('app_user').set({ name, updated_at: new Date() }).where('id', '=', account.id).execute();
  if (Object.keys(membership).length > 0) {
    await db
      .updateTable('pool_membership')
      .set({ ...membership, updated_at: new Date() })
      .where('user_id', '=', account.id)
      .where('pool_id', '=', account.pool_id)
      .execute();
  }
}

/** Ends every session of the account (after deactivation or a new password). */
export async function endAllSessions(db: Kysely<DB>, userId: string) {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}
