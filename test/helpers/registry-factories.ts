import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/server/db/database.js';
import { findReferenceMunicipality } from '../../src/server/reference-data/municipalities.js';
import { createPoolWithRoles, createUser } from './factories.js';
import type { Agent } from './test-app.js';
import type { MediatorStatus, MediatorKind, Specialism } from '../../src/domain/registry/mediator-values.js';

/** Registry test data: real member municipalities, mediator profiles, a second pool. */

const uniq = () => randomBytes(4).toString('hex');
// GM8xxx is not used by the CBS list nor by factories.ts (GM9xxx).
let nextCode = 8000;

/** A municipality from the CBS reference list (created once per database) made a member of the pool. */
export async function addMember(db: Database, poolId: string, code: string, memberSince = '2013-03-01') {
  const ref = findReferenceMunicipality(code);
  if (!ref) throw new Error(`unknown CBS code ${code}`);
  const m = await db
    .insertInto('municipality')
    .values({ code, name: ref.name, province: ref.province, lat: ref.lat, lon: ref.lon })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: ref.name }))
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('pool_member').values({ pool_id: poolId, municipality_id: m.id, member_since: memberSince }).onConflict((oc) => oc.doNothing()).execute();
  return m;
}

export interface MediatorOptions {
  municipalityId: string;
  status?: MediatorStatus;
  kind?: MediatorKind;
  name?: string;
  email?: string;
  department?: string | null;
  specialisms?: Specialism[];
  languages?: string[];
  registrationExpiresOn?: string | null;
  upkeepCycleStart?: string | null;
  maxConcurrentCases?: number;
  hoursPerMonth?: number;
  lastActivityAt?: Date | null;
  statusSince?: string;
}

/** A user with the mediator role and a profile, written straight to the database. */
export async function createMediator(db: Database, poolId: string, o: MediatorOptions) {
  const user = await createUser(db, poolId, {
    roles: ['mediator'],
    municipalityId: o.municipalityId,
    ...(o.email ? { email: o.email } : { email: `mediator-${uniq()}@gemeente.test` }),
    ...(o.name ? { name: o.name } : {}),
  });
  const since = o.statusSince ?? '2024-01-01';
  const profile = await db
    .insertInto('mediator_profile')
    .values({
      pool_id: poolId,
      user_id: user.id,
      status: o.status ?? 'active',
      status_since: since,
      kind: o.kind ?? 'mediator',
      department: o.department === undefined ? 'HR' : o.department,
      specialisms: o.specialisms ?? ['employment'],
      languages: o.languages ?? ['nl'],
      registration_expires_on: o.registrationExpiresOn ?? null,
      upkeep_cycle_start: o.upkeepCycleStart ?? null,
      max_concurrent_cases: o.maxConcurrentCases ?? 2,
      hours_per_month: o.hoursPerMonth ?? 8,
      last_activity_at: o.lastActivityAt ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('mediator_status_change').values({ pool_id: poolId, mediator_id: profile.id, status: profile.status, from_date: since }).execute();
  return { user, profile };
}

/**
 * The pool with one user per role (all in its first municipality), a mediator profile for the
 * mediator user, a second member municipality with its own contact and mediator, and another pool
 * with an administrator and a mediator of its own.
 */
export async function createRegistryWorld(db: Database) {
  const world = await createPoolWithRoles(db);
  const { pool, municipality, users } = world;
  const own = await db
    .insertInto('mediator_profile')
    .values({ pool_id: pool.id, user_id: users.mediator.id, status: 'active', status_since: '2024-01-01', specialisms: ['employment'], languages: ['nl'] })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('mediator_status_change').values({ pool_id: pool.id, mediator_id: own.id, status: 'active', from_date: '2024-01-01' }).execute();
  const second = await db
    .insertInto('municipality')
    .values({ code: `GM${nextCode++}`, name: `Tweede ${uniq()}`, province: 'Drenthe', lat: 52.8, lon: 6.3 })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('pool_member').values({ pool_id: pool.id, municipality_id: second.id, member_since: '2020-01-01' }).execute();
  const otherContact = await createUser(db, pool.id, { roles: ['contact'], municipalityId: second.id });
  const otherMediator = await createMediator(db, pool.id, { municipalityId: second.id, name: 'Mediator Tweede' });

  const foreign = await createPoolWithRoles(db);
  const foreignMediator = await createMediator(db, foreign.pool.id, { municipalityId: foreign.municipality.id });
  return {
    ...world,
    ownMediator: own,
    second,
    otherContact,
    otherMediator,
    foreign: { ...foreign, mediator: foreignMediator },
    municipality,
  };
}

export type Role = 'admin' | 'coordinator' | 'contact' | 'mediator' | 'finance';
export const ROLES: Role[] = ['admin', 'coordinator', 'contact', 'mediator', 'finance'];

/** Signs in one agent per role, plus the other pool's administrator as `foreign`. */
export async function agentsFor(
  makeAgent: () => Agent,
  world: { users: Record<Role, { email: string; password: string }>; foreign: { users: Record<Role, { email: string; password: string }> } },
) {
  const entries = await Promise.all(ROLES.map(async (r) => [r, await makeAgent().login(world.users[r].email, world.users[r].password)] as const));
  const foreign = await makeAgent().login(world.foreign.users.admin.email, world.foreign.users.admin.password);
  return { ...(Object.fromEntries(entries) as Record<Role, Agent>), foreign };
}

/** A tiny valid PDF. */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
