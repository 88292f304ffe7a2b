/**
 * Timing of the pure matching domain on generated data (not a test: speed is never asserted).
 * Run: node --import tsx bench/matching-domain.bench.ts [cases] [mediators] [seed]
 * Targets from issue 5: ranking one case against 3,000 mediators < 20 ms; batch of 500 cases
 * and 3,000 mediators < 2 s. The server benchmark measures the full path including the database.
 */
import { performance } from 'node:perf_hooks';
import {
  CASE_TYPES,
  rankCandidates,
  suggestBatchAssignment,
  type CandidateMediator,
  type CaseToMatch,
  type CaseType,
  type LocatedMunicipality,
  type MediatorStatus,
} from '../src/domain/matching/index.js';

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

const caseCount = Number(process.argv[2] ?? 500);
const mediatorCount = Number(process.argv[3] ?? 3000);
const random = prng(Number(process.argv[4] ?? 42));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

// 340 municipalities spread over the Netherlands' bounding box.
const municipalities: LocatedMunicipality[] = Array.from({ length: 340 }, (_, i) => ({
  id: `GM${String(i).padStart(4, '0')}`,
  name: `Gemeente ${i}`,
  lat: 50.75 + random() * 2.8,
  lon: 3.4 + random() * 3.8,
}));
const departments = ['Burgerzaken', 'HR', 'Sociaal Domein', 'Openbare Ruimte', 'Financiën', 'Juridische Zaken'];
const languages = ['nl', 'en', 'de', 'tr', 'ar', 'pl'];
const statuses: MediatorStatus[] = ['active', 'active', 'active', 'active', 'in_training', 'dormant', 'inactive'];

const mediators: CandidateMediator[] = Array.from({ length: mediatorCount }, (_, i) => {
  const max = int(1, 5);
  const specialisms = CASE_TYPES.filter(() => random() < 0.6) as CaseType[];
  const relationships: CandidateMediator['relationships'] =
    random() < 0.3 ? [{ kind: 'department', municipality: pick(municipalities), department: pick(departments) }] : [];
  return {
    id: `med-${String(i).padStart(5, '0')}`,
    name: `Mediator ${i}`,
    municipality: pick(municipalities),
    department: pick(departments),
    status: pick(statuses),
    kind: random() < 0.9 ? 'mediator' : 'process_facilitator',
    specialisms,
    languages: ['nl', ...(random() < 0.4 ? [pick(languages)] : [])],
    maxConcurrentCases: max,
    openCases: int(0, max),
    unavailable: random() < 0.2 ? [{ start: '2026-08-01', end: '2026-08-14' }] : [],
    relationships,
    concludedByType: { employment: int(0, 12), neighbours: int(0, 12), citizen_government: int(0, 12) },
    concludedTotal: int(0, 30),
    recentDeclines: int(0, 3),
    municipalityBalanceMinutes: int(-6000, 6000),
  };
});

const cases: CaseToMatch[] = Array.from({ length: caseCount }, (_, i) => {
  const requesting = pick(municipalities);
  return {
    id: `case-${String(i).padStart(4, '0')}`,
    requestingMunicipality: requesting,
    parties: [
      { name: `Werknemer ${i}`, municipality: requesting, department: pick(departments) },
      { name: `Leidinggevende ${i}`, municipality: requesting, department: pick(departments) },
    ],
    caseType: pick(CASE_TYPES),
    preferredLanguage: random() < 0.2 ? pick(languages) : undefined,
    period: { start: '2026-07-15', end: '2026-09-15' },
    declinedByMediatorIds: random() < 0.3 ? [pick(mediators).id] : [],
    refusedByPartyMediatorIds: [],
  };
});

const time = <T>(label: string, run: () => T): T => {
  const started = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  return result;
};

// A long-running server has a warm JIT; report the median of many cases after a warm-up.
for (let i = 0; i < 20; i++) rankCandidates(cases[i % cases.length]!, mediators);
const rankTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const started = performance.now();
  rankCandidates(cases[i % cases.length]!, mediators);
  rankTimes.push(performance.now() - started);
}
rankTimes.sort((a, b) => a - b);
console.log(
  `rank 1 case × ${mediatorCount} mediators: median ${rankTimes[25]!.toFixed(1)} ms, ` +
    `p90 ${rankTimes[45]!.toFixed(1)} ms, max ${rankTimes[49]!.toFixed(1)} ms (50 cases)`,
);

for (let run = 1; run <= 3; run++) {
  const result = time(`batch ${caseCount} cases × ${mediatorCount} mediators (run ${run})`, () =>
    suggestBatchAssignment({ cases, mediators }),
  );
  if (run === 1) {
    console.log(
      `  assigned ${result.assignedCount}/${caseCount}, total score ${(result.totalScorePoints / 1e6).toFixed(3)}, ` +
        `eligible pairs ${result.stats.eligiblePairs}, kept ${result.stats.keptPairs}, searched nodes ${result.stats.searchedNodes}`,
    );
  }
}

// Contention: only one mediator in six has a single free slot, so cases compete for the same
// few mediators and the optimiser must re-route along long alternating paths.
const scarce = mediators.map((m, i) => (i % 6 === 0 ? { ...m, status: 'active' as const, maxConcurrentCases: 1, openCases: 0 } : { ...m, openCases: m.maxConcurrentCases }));
for (let run = 1; run <= 2; run++) {
  const result = time(`batch with scarce capacity (run ${run})`, () => suggestBatchAssignment({ cases, mediators: scarce }));
  if (run === 1) {
    console.log(
      `  assigned ${result.assignedCount}/${caseCount}, eligible pairs ${result.stats.eligiblePairs}, ` +
        `kept ${result.stats.keptPairs}, searched nodes ${result.stats.searchedNodes}`,
    );
  }
}
