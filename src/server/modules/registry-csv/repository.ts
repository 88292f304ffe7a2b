import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { selectMediators } from '../mediators/index.js';
import { selectMembers } from '../municipalities/index.js';

/** The registry-csv module's reads: what the exports list and what an import is checked against. */

/** The pool's mediators, by e-mail address. */
export const mediatorsByEmail = (db: Kysely<DB>, poolId: string) => selectMediators(db, poolId).orderBy(sql`lower(coalesce(u.email, i.email))`).execute();

/** The pool's member municipalities (current and former), by CBS code. */
export const membersByCode = (db: Kysely<DB>, poolId: string) => selectMembers(db, poolId).orderBy('m.code').execute();

/** Every account of the installation by lower-cased e-mail (an address is unique across pools). */
export async function accountsByEmail(db: Kysely<DB>) {
  const users = await db.selectFrom('app_user').select(['id', 'email', 'pool_id']).execute();
  return new Map(users.map((u) => [u.email.toLowerCase(), u]));
}

/** The pool's current member municipalities: CBS code → id. */
export async function currentMemberIds(db: Kysely<DB>, poolId: string, today: string) {
  const rows = await db
    .selectFrom('pool_member as pm')
    .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
    .select(['m.id', 'm.code'])
    .where('pm.pool_id', '=', poolId)
    .where('pm.member_since', '<=', today)
    .where((eb) => eb.or([eb('pm.member_until', 'is', null), eb('pm.member_until', '>=', today)]))
    .execute();
  return new Map(rows.map((m) => [m.code, m.id]));
}

/** CBS codes of every municipality the installation knows. */
export async function knownMunicipalityCodes(db: Kysely<DB>) {
  return new Set((await db.selectFrom('municipality').select('code').execute()).map((m) => m.code));
}

/** Municipalities that another pool has as a member (their details are not this pool's to change). */
export async function municipalitiesOfOtherPools(db: Kysely<DB>, poolId: string) {
  return new Set((await db.selectFrom('pool_member').select('municipality_id').where('pool_id', '<>', poolId).execute()).map((r) => r.municipality_id));
}
