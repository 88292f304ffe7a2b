import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/server/db/database.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import type { Role } from '../../src/domain/roles.js';

/** Test data builders: each test creates exactly the rows it needs. */

const uniq = () => randomBytes(4).toString('hex');
export const TEST_PASSWORD = 'correct-horse-battery';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function createPool(db: Database, overrides: { name?: string; requireSecondFactor?: boolean } = {}) {
  const pool = await db.insertInto('pool').values({ name: overrides.name ?? `Testpool ${uniq()}` }).returningAll().executeTakeFirstOrThrow();
  // A new pool asks administrators, coordinators and finance for a second factor (ADR 0015). Most
  // tests sign those roles in by password to test something else, so the factory switches it off;
  // the second-factor tests pass `requireSecondFactor: true`.
  await db.updateTable('pool_settings').set({ require_second_factor: overrides.requireSecondFactor ?? false }).where('pool_id', '=', pool.id).execute();
  return pool;
}

let nextCode = 9000;
export async function createMunicipality(db: Database, poolId: string | null, overrides: { code?: string; name?: string; lat?: number; lon?: number } = {}) {
  const code = overrides.code ?? `GM${String(nextCode++).padStart(4, '0')}`;
  const m = await db
    .insertInto('municipality')
    .values({ code, name: overrides.name ?? `Gemeente ${code}`, province: 'Drenthe', lat: overrides.lat ?? 52.7, lon: overrides.lon ?? 6.2 })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (poolId) await db.insertInto('pool_member').values({ pool_id: poolId, municipality_id: m.id, member_since: '2020-01-01' }).execute();
  return m;
}

export async function createUser(
  db: Database,
  poolId: string,
  overrides: { roles?: Role[]; municipalityId?: string | null; email?: string; name?: string; active?: boolean } = {},
) {
  const email = overrides.email ?? `user-${uniq()}@gemeente.test`;
  const user = await db
    .insertInto('app_user')
    .values({
      pool_id: poolId,
      municipality_id: overrides.municipalityId ?? null,
      email,
      name: overrides.name ?? `Gebruiker ${email.split('@')[0]}`,
      roles: overrides.roles ?? [],
      password_hash: await passwordHash(),
      active: overrides.active ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...user, password: TEST_PASSWORD };
}

/** A pool with one municipality and one user per role. */
export async function createPoolWithRoles(db: Database) {
  const pool = await createPool(db);
  const municipality = await createMunicipality(db, pool.id);
  const users = {
    admin: await createUser(db, pool.id, { roles: ['admin'], municipalityId: municipality.id }),
    coordinator: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: municipality.id }),
    contact: await createUser(db, pool.id, { roles: ['contact'], municipalityId: municipality.id }),
    mediator: await createUser(db, pool.id, { roles: ['mediator'], municipalityId: municipality.id }),
    finance: await createUser(db, pool.id, { roles: ['finance'], municipalityId: municipality.id }),
  };
  return { pool, municipality, users };
}
