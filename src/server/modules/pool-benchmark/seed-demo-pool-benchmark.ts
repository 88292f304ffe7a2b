// policy: the system (the demo seed, before anyone signs in)
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findReferenceMunicipality } from '../../reference-data/municipalities.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { insertDemoAccount, insertDemoCaseYear, insertDemoMediator, insertDemoMember, insertDemoPool, insertDemoSatisfaction, letEveryPoolTakePart } from './repository-demo.js';

/**
 * A third pool from the source texts: Nuenen, Best and Son en Breugel, a small pool that works
 * together. The comparison across pools needs three pools that take part (MIN_POOLS), and the demo
 * has two besides this one, so a new user sees the comparison at once.
 */
export const DEMO_BENCHMARK_POOL = { name: 'Mediatorpool Nuenen, Best en Son en Breugel', colour: '#00695c' };
const CODES = ['GM0820', 'GM0753', 'GM0848'] as const;
const PEOPLE = [
  { email: 'coordinator.nbs@mediatorpool.example', name: 'Femke Aarts', roles: ['admin', 'coordinator'], code: 'GM0753', mediator: false },
  { email: 'mediator1.nbs@mediatorpool.example', name: 'Ruud van Gerwen', roles: ['mediator'], code: 'GM0820', mediator: true },
  { email: 'mediator2.nbs@mediatorpool.example', name: 'Ilse Swinkels', roles: ['mediator'], code: 'GM0753', mediator: true },
  { email: 'mediator3.nbs@mediatorpool.example', name: 'Joep van de Ven', roles: ['mediator'], code: 'GM0848', mediator: true },
] as const;

/** Satisfaction survey scores (process, mediator, outcome) of the pool's year: enough answers to be shown. */
const ANSWERS: readonly (readonly [number, number, number])[] = [
  [4, 5, 4], [5, 5, 4], [3, 4, 3], [4, 4, 4], [5, 5, 5], [4, 5, 3], [3, 4, 4], [4, 4, 5], [5, 4, 4],
];

/**
 * The third demo pool with its accounts (no password: nobody signs in to it), three mediators and a
 * year of cases (written set-based: repository-demo.ts), a few survey answers; then every
 * pool of the demo agrees to be compared (the database was empty: every pool is the demo's).
 */
export async function seedDemoPoolBenchmark(db: Kysely<DB>): Promise<{ poolId: string }> {
  const poolId = await insertDemoPool(db, DEMO_BENCHMARK_POOL);
  const ids = new Map<string, string>();
  for (const code of CODES) {
    const ref = findReferenceMunicipality(code);
    if (!ref) throw new Error(`Municipality ${code} is missing from the reference list`);
    ids.set(code, await insertDemoMember(db, poolId, ref, '2021-01-01'));
  }
  let coordinatorId = '';
  for (const p of PEOPLE) {
    const userId = await insertDemoAccount(db, { pool_id: poolId, municipality_id: ids.get(p.code)!, email: p.email, name: p.name, roles: [...p.roles], password_hash: null });
    if (p.mediator) await insertDemoMediator(db, poolId, userId, '2021-03-01');
    else coordinatorId = userId;
  }
  const today = todayInAmsterdam();
  await insertDemoCaseYear(db, poolId, { cases: 28, today, coordinatorId });
  const months = Number(today.slice(5, 7));
  await insertDemoSatisfaction(
    db,
    ANSWERS.map(([p, m, o], i) => ({
      pool_id: poolId,
      municipality_id: ids.get(CODES[i % CODES.length]!)!,
      answered_month: `${today.slice(0, 4)}-${String(1 + (i % months)).padStart(2, '0')}`,
      score_process: p,
      score_mediator: m,
      score_outcome: o,
    })),
  );
  await letEveryPoolTakePart(db);
  return { poolId };
}
