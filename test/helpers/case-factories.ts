import type { Database } from '../../src/server/db/database.js';
import { createMunicipality, createPool, createUser } from './factories.js';

/** A pool with Meppel and Staphorst and one account per role, for case tests. */
export async function createCaseWorld(db: Database) {
  const pool = await createPool(db);
  const meppel = await createMunicipality(db, pool.id, { name: 'Meppel' });
  const staphorst = await createMunicipality(db, pool.id, { name: 'Staphorst' });
  const users = {
    coordinator: await createUser(db, pool.id, { roles: ['coordinator'], municipalityId: meppel.id }),
    contactMeppel: await createUser(db, pool.id, { roles: ['contact'], municipalityId: meppel.id }),
    contactStaphorst: await createUser(db, pool.id, { roles: ['contact'], municipalityId: staphorst.id }),
    mediator: await createUser(db, pool.id, { roles: ['mediator'], municipalityId: staphorst.id }),
    admin: await createUser(db, pool.id, { roles: ['admin'], municipalityId: meppel.id }),
    finance: await createUser(db, pool.id, { roles: ['finance'], municipalityId: meppel.id }),
  };
  return { pool, meppel, staphorst, users };
}

export const referralBody = (municipalityId: string, overrides: Record<string, unknown> = {}) => ({
  requestingMunicipalityId: municipalityId,
  caseType: 'employment',
  title: 'Conflict op de afdeling Burgerzaken',
  description: 'Vertrouwelijk: een medewerker en haar leidinggevende spreken al maanden niet meer met elkaar.',
  parties: [
    { role: 'employee', name: 'Medewerker A', municipalityId, department: 'Burgerzaken', informed: true },
    { role: 'manager', name: 'Leidinggevende B', municipalityId, department: 'Burgerzaken', informed: false },
  ],
  referralSource: 'hr',
  ...overrides,
});

/** Makes a user the assigned (lead) mediator of a case, as matching will once consent is complete. */
export async function assignMediator(db: Database, poolId: string, caseId: string, userId: string) {
  const profile =
    (await db.selectFrom('mediator_profile').select('id').where('user_id', '=', userId).executeTakeFirst()) ??
    (await db.insertInto('mediator_profile').values({ pool_id: poolId, user_id: userId, status: 'active', status_since: '2024-01-01' }).returning('id').executeTakeFirstOrThrow());
  await db.insertInto('case_mediator').values({ case_id: caseId, mediator_id: profile.id, pool_id: poolId, role: 'lead' }).execute();
}
