import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CASE_TYPES,
  rankCandidates,
  suggestBatchAssignment,
  type AssignmentEdge,
  type AssignmentObjective,
  type CandidateMediator,
  type CaseToMatch,
  type MediatorStatus,
} from '../../../src/domain/matching/index.js';
import { bruteForceOptimum } from './brute-force.js';
import { MEPPEL, STAPHORST, STEENWIJKERLAND, WESTERVELD, ZWARTEWATERLAND, matchCase, mediator } from './fixtures.js';
import { randomInt, seededRandom } from './seeded-random.js';

const MUNICIPALITIES = [MEPPEL, STAPHORST, STEENWIJKERLAND, WESTERVELD, ZWARTEWATERLAND];
const STATUSES: MediatorStatus[] = ['active', 'active', 'active', 'active', 'in_training', 'dormant'];

function randomPool(random: () => number, caseCount: number, mediatorCount: number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const mediators: CandidateMediator[] = Array.from({ length: mediatorCount }, (_, j) => {
    const max = randomInt(random, 1, 3);
    return mediator({
      id: `m${j}`,
      municipality: pick(MUNICIPALITIES),
      status: pick(STATUSES),
      specialisms: CASE_TYPES.filter(() => random() < 0.7),
      maxConcurrentCases: max,
      // Free slots 0..2 most of the time.
      openCases: Math.max(0, max - randomInt(random, 0, 2)),
      concludedByType: { employment: randomInt(random, 0, 10), neighbours: randomInt(random, 0, 10) },
      recentDeclines: randomInt(random, 0, 3),
      municipalityBalanceMinutes: randomInt(random, -20, 20) * 300,
      languages: random() < 0.3 ? ['nl', 'en'] : ['nl'],
    });
  });
  const cases: CaseToMatch[] = Array.from({ length: caseCount }, (_, i) =>
    matchCase({
      id: `c${i}`,
      requestingMunicipality: pick(MUNICIPALITIES),
      parties: [{ name: `Partij ${i}` }],
      caseType: pick(CASE_TYPES),
      preferredLanguage: random() < 0.3 ? 'en' : undefined,
      declinedByMediatorIds: random() < 0.3 ? [`m${randomInt(random, 0, mediatorCount - 1)}`] : [],
    }),
  );
  return { cases, mediators };
}

/** The reference: eligibility and scores from the candidate list, optimum by enumeration. */
function referenceOptimum(cases: readonly CaseToMatch[], mediators: readonly CandidateMediator[], objective: AssignmentObjective) {
  const edges: AssignmentEdge[] = [];
  const pointsOf = new Map<string, number>();
  cases.forEach((c, i) => {
    for (const ranked of rankCandidates(c, mediators).eligible) {
      const j = mediators.indexOf(ranked.mediator);
      edges.push({ caseIndex: i, mediatorIndex: j, points: ranked.scorePoints });
      pointsOf.set(`${c.id}/${ranked.mediator.id}`, ranked.scorePoints);
    }
  });
  const slots = mediators.map((m) => m.maxConcurrentCases - m.openCases);
  return { best: bruteForceOptimum(cases.length, slots, edges, objective), pointsOf };
}

describe('batch suggestion equals the exhaustive optimum', () => {
  for (const objective of ['most_cases_then_score', 'score'] as AssignmentObjective[]) {
    test(`${objective}: 600 random pools of up to 6 cases × 9 mediators (pruning active)`, () => {
      const random = seededRandom(objective === 'score' ? 5 : 6);
      let pruned = 0;
      for (let round = 0; round < 600; round++) {
        // Fewer cases than mediators most of the time, so that keeping K = cases candidates prunes.
        const { cases, mediators } = randomPool(random, randomInt(random, 1, 6), randomInt(random, 3, 9));
        const result = suggestBatchAssignment({ cases, mediators, objective });
        const { best, pointsOf } = referenceOptimum(cases, mediators, objective);
        assert.equal(result.totalScorePoints, best.totalPoints, `round ${round}`);
        if (objective === 'most_cases_then_score') assert.equal(result.assignedCount, best.assignedCount, `round ${round}`);
        // Every suggestion is an eligible pair with its candidate-list score, within capacity.
        const load = new Map<string, number>();
        for (const a of result.assignments) {
          assert.equal(pointsOf.get(`${a.caseId}/${a.mediatorId}`), a.scorePoints, `round ${round}: ${a.caseId}/${a.mediatorId}`);
          load.set(a.mediatorId, (load.get(a.mediatorId) ?? 0) + 1);
        }
        for (const m of mediators) assert.ok((load.get(m.id) ?? 0) <= m.maxConcurrentCases - m.openCases);
        assert.equal(result.assignments.length + result.unassignedCaseIds.length, cases.length);
        if (result.stats.keptPairs < result.stats.eligiblePairs) pruned++;
      }
      // The test is only meaningful if pruning actually removed pairs in many rounds.
      assert.ok(pruned > 100, `pruning happened in only ${pruned} rounds`);
    });
  }
});

describe('batch behaviour', () => {
  const twoCases = [
    matchCase({ id: 'c1', requestingMunicipality: MEPPEL, parties: [] }),
    matchCase({ id: 'c2', requestingMunicipality: MEPPEL, parties: [] }),
  ];

  test('keeping fewer candidates than cases can lose an assignment (why K = number of cases)', () => {
    // Both cases prefer "a" (it is nearest); "b" is the only alternative.
    const mediators = [
      mediator({ id: 'a', municipality: STAPHORST, maxConcurrentCases: 1 }),
      mediator({ id: 'b', municipality: WESTERVELD, maxConcurrentCases: 1 }),
    ];
    const safe = suggestBatchAssignment({ cases: twoCases, mediators });
    assert.equal(safe.assignedCount, 2);
    const tooFew = suggestBatchAssignment({ cases: twoCases, mediators, candidatesPerCase: 1 });
    assert.equal(tooFew.assignedCount, 1);
    assert.deepEqual(tooFew.unassignedCaseIds, ['c2']);
  });

  test('hard exclusions hold: no party municipality, no trainee, no dormant mediator as lead', () => {
    const mediators = [
      mediator({ id: 'meppel', municipality: MEPPEL }),
      mediator({ id: 'trainee', municipality: STAPHORST, status: 'in_training' }),
      mediator({ id: 'dormant', municipality: STAPHORST, status: 'dormant' }),
    ];
    const result = suggestBatchAssignment({ cases: twoCases, mediators });
    assert.deepEqual(result.assignments, []);
    assert.deepEqual(result.unassignedCaseIds, ['c1', 'c2']);
    assert.equal(result.stats.eligiblePairs, 0);
  });

  test('a mediator with 2 free slots takes both cases; the result is ordered by case id', () => {
    const mediators = [mediator({ id: 'a', municipality: STAPHORST, maxConcurrentCases: 3, openCases: 1 })];
    const result = suggestBatchAssignment({ cases: [...twoCases].reverse(), mediators });
    assert.deepEqual(result.assignments.map((a) => [a.caseId, a.mediatorId]), [['c1', 'a'], ['c2', 'a']]);
    assert.equal(result.totalScorePoints, result.assignments[0]!.scorePoints * 2);
    assert.equal(result.assignments[0]!.score, result.assignments[0]!.scorePoints / 1e6);
  });

  test('the same suggestion for every input order', () => {
    const random = seededRandom(99);
    const { cases, mediators } = randomPool(random, 6, 8);
    const expected = suggestBatchAssignment({ cases, mediators });
    for (let round = 0; round < 10; round++) {
      const shuffle = <T>(items: readonly T[]) => [...items].sort(() => random() - 0.5);
      assert.deepEqual(suggestBatchAssignment({ cases: shuffle(cases), mediators: shuffle(mediators) }).assignments, expected.assignments);
    }
  });

  test('duplicate ids are rejected', () => {
    assert.throws(() => suggestBatchAssignment({ cases: [twoCases[0]!, twoCases[0]!], mediators: [] }), /Duplicate case id: c1/);
    const m = mediator({ id: 'x' });
    assert.throws(() => suggestBatchAssignment({ cases: twoCases, mediators: [m, m] }), /Duplicate mediator id: x/);
  });
});
