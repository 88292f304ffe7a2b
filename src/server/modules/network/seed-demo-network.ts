// policy: the system (the demo seed, before anyone signs in)
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findReferenceMunicipality } from '../../reference-data/municipalities.js';
import { seedDemoLendingAgreement } from '../lending/index.js';
import { addPoolMunicipality } from './repository.js';

/** The demo's second pool from the source texts (issue 15, item 6). */
export const DEMO_NETWORK_POOL = { name: 'Regionaal Mediatorsnetwerk', colour: '#5c2d91' };
export const DEMO_NETWORK_CODES = ['GM0034', 'GM0307', 'GM0310', 'GM0402', 'GM0342', 'GM0344', 'GM0355'] as const;
export const DEMO_NETWORK_ACCOUNTS = {
  coordinator: { email: 'coordinator.rmn@mediatorpool.example', name: 'Sanne Visser', roles: ['admin', 'coordinator'], municipalityCode: 'GM0344' },
  mediator: { email: 'mediator.rmn@mediatorpool.example', name: 'Noor de Wit', roles: ['mediator'], municipalityCode: 'GM0355' },
} as const;

/**
 * The Regional Mediation Network (Almere, Amersfoort, De Bilt, Hilversum, Soest, Utrecht, Zeist)
 * beside the Meppel covenant: its coordinator (also its administrator), a mediator of Zeist who
 * is a member of both pools (a mediator in the network's register, a mediator account in Meppel),
 * and a lending agreement between the two pools, proposed by Meppel and confirmed by the network.
 */
export async function seedDemoNetwork(db: Kysely<DB>, meppelPoolId: string, passwordHash: string): Promise<{ poolId: string }> {
  const pool = await db.insertInto('pool').values(DEMO_NETWORK_POOL).returning('id').executeTakeFirstOrThrow();
  // The contact for questions, which the public directory shows on the pool's page.
  await db.updateTable('pool_settings').set({ contact_email: 'netwerk@mediatorpool.example' }).where('pool_id', '=', pool.id).execute();
  const ids = new Map<string, string>();
  for (const code of DEMO_NETWORK_CODES) {
    const ref = findReferenceMunicipality(code);
    if (!ref) throw new Error(`Municipality ${code} is missing from the reference list`);
    await addPoolMunicipality(db, pool.id, ref);
    ids.set(code, (await db.selectFrom('municipality').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id);
  }
  await db.updateTable('pool_member').set({ member_since: '2019-01-01' }).where('pool_id', '=', pool.id).execute();
  const account = async (a: (typeof DEMO_NETWORK_ACCOUNTS)[keyof typeof DEMO_NETWORK_ACCOUNTS]) =>
    (
      await db
        .insertInto('app_user')
        .values({ pool_id: pool.id, municipality_id: ids.get(a.municipalityCode)!, email: a.email, name: a.name, roles: [...a.roles], password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const coordinatorId = await account(DEMO_NETWORK_ACCOUNTS.coordinator);
  const mediatorId = await account(DEMO_NETWORK_ACCOUNTS.mediator);
  const profile = await db
    .insertInto('mediator_profile')
    .values({
      pool_id: pool.id,
      user_id: mediatorId,
      department: 'Juridische Zaken',
      status: 'active',
      status_since: '2022-03-01',
      specialisms: ['employment', 'citizen_government', 'neighbours'],
      languages: ['nl', 'en'],
      mfn_register_number: 'MfN-2022-4417',
      registration_expires_on: '2027-03-01',
      max_concurrent_cases: 3,
      hours_per_month: 12,
    })
    .returning(['id', 'status'])
    .executeTakeFirstOrThrow();
  await db.insertInto('mediator_status_change').values({ pool_id: pool.id, mediator_id: profile.id, status: profile.status, from_date: '2022-03-01' }).execute();
  // Noor de Wit is a member of the Meppel pool too, as a mediator (her own municipality, Zeist, is none of Meppel's).
  await db.insertInto('pool_membership').values({ user_id: mediatorId, pool_id: meppelPoolId, roles: ['mediator'], municipality_id: ids.get('GM0355')! }).execute();

  const meppelAdmin = await db
    .selectFrom('app_user')
    .select('id')
    .where('pool_id', '=', meppelPoolId)
    .where(sql<boolean>`'admin' = ANY(roles)`)
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  await seedDemoLendingAgreement(db, { proposerPoolId: meppelPoolId, partnerPoolId: pool.id, proposedBy: meppelAdmin.id, confirmedBy: coordinatorId });
  return { poolId: pool.id };
}
