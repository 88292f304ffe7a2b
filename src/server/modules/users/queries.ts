import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Users with their municipality's name, always scoped to one pool. */
export const selectUsers = (db: Kysely<DB>, poolId: string) =>
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
