/**
 * Data generator for the server benchmarks: one pool with many member municipalities (real CBS
 * coordinates), mediators with every fact matching reads (relationships, unavailability,
 * running and concluded cases, declines), cases in `matching`, and a coordinator with an API
 * token. Seeded, so every run builds the same pool.
 */
import { sql } from 'kysely';
import type { Database } from '../src/server/db/database.js';
import { randomToken, sha256 } from '../src/server/auth/tokens.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { referenceMunicipalities } from '../src/server/reference-data/municipalities.js';
import { addDays, todayInAmsterdam } from '../src/domain/calendar/iso-date.js';

export interface MatchingDataOptions {
  mediators: number;
  openCases: number;
  municipalities?: number;
  seed?: number;
}

export interface MatchingData {
  poolId: string;
  coordinatorToken: string;
  caseIds: string[];
  mediatorIds: string[];
}

/** mulberry32: tiny, seedable, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CASE_TYPES = ['employment', 'citizen_government', 'neighbours', 'group', 'other'] as const;
const DEPARTMENTS = ['Burgerzaken', 'HR', 'Sociaal Domein', 'Openbare Ruimte', 'Financiën', 'Juridische Zaken'];
const LANGUAGES = ['en', 'de', 'tr', 'ar', 'pl'];
const STATUSES = ['active', 'active', 'active', 'active', 'in_training', 'dormant', 'inactive'] as const;

/** Inserts rows in chunks: one statement per chunk keeps thousands of rows fast on PGlite. */
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function generateMatchingData(db: Database, o: MatchingDataOptions): Promise<MatchingData> {
  const random = prng(o.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const today = todayInAmsterdam();

  const pool = await db.insertInto('pool').values({ name: 'Benchmarkpool' }).returning('id').executeTakeFirstOrThrow();
  const reference = referenceMunicipalities().slice(0, o.municipalities ?? 120);
  const municipalities = await db
    .insertInto('municipality')
    .values(reference.map((r) => ({ code: r.code, name: r.name, province: r.province, lat: r.lat, lon: r.lon })))
    .returning(['id', 'name'])
    .execute();
  await db.insertInto('pool_member').values(municipalities.map((m) => ({ pool_id: pool.id, municipality_id: m.id, member_since: '2015-01-01' }))).execute();

  const passwordHash = await hashPassword(randomToken());
  const coordinator = await db
    .insertInto('app_user')
    .values({ pool_id: pool.id, municipality_id: municipalities[0]!.id, email: 'coordinator@bench.test', name: 'Benchmark Coördinator', roles: ['coordinator'], password_hash: passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  const coordinatorToken = `mp_${randomToken(30)}`;
  await db.insertInto('api_token').values({ user_id: coordinator.id, name: 'benchmark', token_hash: sha256(coordinatorToken), prefix: coordinatorToken.slice(0, 10) }).execute();

  // Mediators: an account and a profile each.
  const userRows = Array.from({ length: o.mediators }, (_, i) => ({
    pool_id: pool.id,
    municipality_id: pick(municipalities).id,
    email: `mediator-${i}@bench.test`,
    name: `Mediator ${i}`,
    roles: ['mediator'],
    password_hash: passwordHash,
  }));
  const users: { id: string; municipality_id: string | null }[] = [];
  await insertChunked(userRows, async (chunk) => users.push(...(await db.insertInto('app_user').values(chunk).returning(['id', 'municipality_id']).execute())));
  const profileRows = users.map((u) => {
    const specialisms = CASE_TYPES.filter(() => random() < 0.6);
    return {
      pool_id: pool.id,
      user_id: u.id,
      status: pick(STATUSES),
      status_since: '2024-01-01',
      kind: random() < 0.9 ? ('mediator' as const) : ('process_facilitator' as const),
      department: pick(DEPARTMENTS),
      specialisms: specialisms.length > 0 ? [...specialisms] : ['employment'],
      languages: ['nl', ...(random() < 0.4 ? [pick(LANGUAGES)] : [])],
      max_concurrent_cases: int(1, 5),
    };
  });
  const profiles: { id: string; max_concurrent_cases: number }[] = [];
  await insertChunked(profileRows, async (chunk) => profiles.push(...(await db.insertInto('mediator_profile').values(chunk).returning(['id', 'max_concurrent_cases']).execute())));
  const mediatorIds = profiles.map((p) => p.id);

  const relationships = profiles
    .filter(() => random() < 0.3)
    .map((p) => ({
      pool_id: pool.id,
      mediator_id: p.id,
      kind: 'department' as const,
      municipality_id: pick(municipalities).id,
      department: pick(DEPARTMENTS),
      reason: 'Oud-collega',
      since: '2020-01-01',
    }));
  await insertChunked(relationships, (chunk) => db.insertInto('mediator_relationship').values(chunk).execute());
  const away = profiles
    .filter(() => random() < 0.2)
    .map((p) => {
      const start = addDays(today, int(-10, 40));
      return { pool_id: pool.id, mediator_id: p.id, starts_on: start, ends_on: addDays(start, int(1, 20)), kind: 'holiday' as const };
    });
  await insertChunked(away, (chunk) => db.insertInto('mediator_unavailability').values(chunk).execute());

  // Cases: concluded ones (experience), running ones (load) and the open cases in matching.
  let number = 0;
  const caseRow = (status: string, extra: Record<string, unknown> = {}) => {
    const m = pick(municipalities);
    number++;
    return {
      pool_id: pool.id,
      number: `MP-${2020 + Math.floor(number / 9999)}-${String((number % 9999) + 1).padStart(4, '0')}`,
      requesting_municipality_id: m.id,
      case_type: pick(CASE_TYPES),
      title: `Zaak ${number}`,
      description: 'Benchmark',
      status,
      route: 'formal_mediation',
      referral_source: 'hr',
      preferred_language: random() < 0.9 ? 'nl' : pick(LANGUAGES),
      referrer_user_id: coordinator.id,
      referred_on: '2025-01-10',
      ...extra,
    };
  };
  const history = [
    ...Array.from({ length: Math.round(o.mediators * 0.6) }, () => caseRow('closed', { concluded_on: '2025-06-01', closed_on: '2025-07-01' })),
    ...Array.from({ length: Math.round(o.mediators * 0.25) }, () => caseRow('in_progress')),
  ];
  const historyIds: { id: string; status: string }[] = [];
  await insertChunked(history, async (chunk) => historyIds.push(...(await db.insertInto('mediation_case').values(chunk).returning(['id', 'status']).execute())));
  const assignments = historyIds.map((c) => ({ case_id: c.id, mediator_id: pick(mediatorIds), pool_id: pool.id, role: 'lead' as const }));
  await insertChunked(assignments, (chunk) => db.insertInto('case_mediator').values(chunk).execute());

  const open = Array.from({ length: o.openCases }, () => caseRow('matching'));
  const openIds: { id: string; requesting_municipality_id: string }[] = [];
  await insertChunked(open, async (chunk) => openIds.push(...(await db.insertInto('mediation_case').values(chunk).returning(['id', 'requesting_municipality_id']).execute())));
  const parties = openIds.flatMap((c, i) => [
    { pool_id: pool.id, case_id: c.id, position: 1, role: 'employee', name: `Werknemer ${i}`, municipality_id: c.requesting_municipality_id, department: pick(DEPARTMENTS) },
    { pool_id: pool.id, case_id: c.id, position: 2, role: 'manager', name: `Leidinggevende ${i}`, municipality_id: c.requesting_municipality_id, department: pick(DEPARTMENTS) },
  ]);
  await insertChunked(parties, (chunk) => db.insertInto('case_party').values(chunk).execute());

  // Declines in the last year: a closed proposal per declined history case.
  const declined = historyIds.slice(0, Math.round(o.mediators * 0.1));
  for (const c of declined) {
    const proposal = await db
      .insertInto('case_proposal')
      .values({ pool_id: pool.id, case_id: c.id, proposed_by: coordinator.id, status: 'declined', closed_at: new Date(), close_reason: 'Benchmark' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('matching_exclusion')
      .values({ pool_id: pool.id, case_id: c.id, mediator_id: pick(mediatorIds), kind: 'declined', proposal_id: proposal.id, reason: 'Geen tijd' })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  // Fresh statistics, as autovacuum would have them in a running installation.
  await sql`ANALYZE`.execute(db);
  return { poolId: pool.id, coordinatorToken, caseIds: openIds.map((c) => c.id), mediatorIds };
}
