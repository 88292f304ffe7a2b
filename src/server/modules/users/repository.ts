import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../../../domain/roles.js';
import { containsPattern } from '../../db/like-pattern.js';

/** All of the users module's SQL: accounts of one pool, with their municipality's name. */

/** An address compared the way logging in compares it: trimmed by the caller, case-insensitive. */
const sameEmail = (email: string) => sql<boolean>`lower(email) = ${email.toLowerCase()}`;

/** Users with their municipality's name, always scoped to one pool. */
const selectUsers = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('app_user as u')
    .leftJoin('municipality as m', 'm.id', 'u.municipality_id')
    .where('u.pool_id', '=', poolId)
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.roles',
      'u.municipality_id',
      'm.name as municipality_name',
      'u.active',
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
  if (filter.role) query = query.where(sql<boolean>`${filter.role} = ANY(u.roles)`);
  if (filter.active !== undefined) query = query.where('u.active', '=', filter.active);
  const total = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.orderBy('u.name').orderBy('u.id').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute();
  return { rows, total: Number(total.n) };
}

/** The account as stored, for a change by an administrator of the same pool. */
export const findAccount = (db: Kysely<DB>, poolId: string, userId: string) =>
  db.selectFrom('app_user').selectAll().where('id', '=', userId).where('pool_id', '=', poolId).executeTakeFirst();

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

export async function updateAccount(db: Kysely<DB>, userId: string, changes: AccountChanges) {
  await db.updateTable('app_user').set({ ...changes, updated_at: new Date() }).where('id', '=', userId).execute();
}

/** Ends every session of the account (after deactivation or a new password). */
export async function endAllSessions(db: Kysely<DB>, userId: string) {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}
