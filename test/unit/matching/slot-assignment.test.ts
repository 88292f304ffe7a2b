import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  solveSlotAssignment,
  type AssignmentEdge,
  type AssignmentObjective,
  type SlotAssignmentProblem,
  type SlotAssignmentSolution,
} from '../../../src/domain/matching/index.js';
import { bellmanFordOptimum, bruteForceOptimum } from './brute-force.js';
import { randomInt, seededRandom } from './seeded-random.js';

const edge = (caseIndex: number, mediatorIndex: number, points: number): AssignmentEdge => ({ caseIndex, mediatorIndex, points });

/** The solution must be a real assignment: existing pairs, within capacity, totals that add up. */
function assertFeasible(problem: SlotAssignmentProblem, solution: SlotAssignmentSolution): void {
  const used = problem.slots.map(() => 0);
  let count = 0;
  let total = 0;
  solution.mediatorOfCase.forEach((j, i) => {
    const k = solution.edgeOfCase[i];
    if (j === null) {
      assert.equal(k, null);
      return;
    }
    const chosen = problem.edges[k!]!;
    assert.equal(chosen.caseIndex, i);
    assert.equal(chosen.mediatorIndex, j);
    used[j]!++;
    count++;
    total += chosen.points;
  });
  used.forEach((u, j) => assert.ok(u <= Math.max(0, problem.slots[j]!), `mediator ${j} over capacity`));
  assert.equal(solution.assignedCount, count);
  assert.equal(solution.totalPoints, total);
}

describe('small hand-made cases', () => {
  test('two cases want the same mediator; the second mediator saves both', () => {
    // Greedy gives case 0 to mediator 0 (9) and leaves case 1 alone (total 9, 1 case);
    // the optimum is 0→1, 1→0: 2 cases, 4 + 8 = 12.
    const problem = { caseCount: 2, slots: [1, 1], edges: [edge(0, 0, 9), edge(0, 1, 4), edge(1, 0, 8)] };
    const solution = solveSlotAssignment(problem);
    assertFeasible(problem, solution);
    assert.deepEqual(solution.mediatorOfCase, [1, 0]);
    assert.equal(solution.totalPoints, 12);
  });

  test('more cases first, then score: the trade-off made explicit', () => {
    // Case 0: mediator 0 (90) or mediator 1 (10); case 1: only mediator 0 (50).
    const problem = { caseCount: 2, slots: [1, 1], edges: [edge(0, 0, 90), edge(0, 1, 10), edge(1, 0, 50)] };
    const lexicographic = solveSlotAssignment(problem);
    assert.deepEqual(lexicographic.mediatorOfCase, [1, 0]);
    assert.equal(lexicographic.assignedCount, 2);
    assert.equal(lexicographic.totalPoints, 60);
    const scoreOnly = solveSlotAssignment(problem, 'score');
    assert.deepEqual(scoreOnly.mediatorOfCase, [0, null]);
    assert.equal(scoreOnly.assignedCount, 1);
    assert.equal(scoreOnly.totalPoints, 90);
  });

  test('a mediator with two free slots takes two cases', () => {
    const problem = { caseCount: 3, slots: [2, 1], edges: [edge(0, 0, 5), edge(1, 0, 5), edge(2, 0, 5), edge(2, 1, 1)] };
    const solution = solveSlotAssignment(problem);
    assertFeasible(problem, solution);
    assert.deepEqual(solution.mediatorOfCase, [0, 0, 1]);
    assert.equal(solution.totalPoints, 11);
  });

  test('cases without an eligible mediator stay unassigned', () => {
    const problem = { caseCount: 3, slots: [1, 0], edges: [edge(0, 0, 3), edge(2, 1, 7)] };
    const solution = solveSlotAssignment(problem);
    assert.deepEqual(solution.mediatorOfCase, [0, null, null]);
    assert.deepEqual(solution.edgeOfCase, [0, null, null]);
    assert.equal(solution.assignedCount, 1);
  });

  test('empty problems', () => {
    assert.deepEqual(solveSlotAssignment({ caseCount: 0, slots: [], edges: [] }).mediatorOfCase, []);
    assert.deepEqual(solveSlotAssignment({ caseCount: 2, slots: [], edges: [] }).mediatorOfCase, [null, null]);
  });

  test('zero-point pairs still assign a case under the default objective', () => {
    const solution = solveSlotAssignment({ caseCount: 1, slots: [1], edges: [edge(0, 0, 0)] });
    assert.deepEqual(solution.mediatorOfCase, [0]);
  });

  test('bad input is rejected', () => {
    assert.throws(() => solveSlotAssignment({ caseCount: 1, slots: [1], edges: [edge(0, 1, 1)] }), RangeError);
    assert.throws(() => solveSlotAssignment({ caseCount: 1, slots: [1], edges: [edge(1, 0, 1)] }), RangeError);
    assert.throws(() => solveSlotAssignment({ caseCount: 1, slots: [1], edges: [edge(0, 0, -1)] }), RangeError);
    assert.throws(() => solveSlotAssignment({ caseCount: 1, slots: [1], edges: [edge(0, 0, 0.5)] }), RangeError);
    assert.throws(() => solveSlotAssignment({ caseCount: -1, slots: [], edges: [] }), RangeError);
  });
});

function randomProblem(random: () => number): SlotAssignmentProblem {
  const caseCount = randomInt(random, 1, 6);
  const mediatorCount = randomInt(random, 1, 5);
  // Mostly capacities 1–2, sometimes a full mediator (0 free slots).
  const slots = Array.from({ length: mediatorCount }, () => (random() < 0.1 ? 0 : randomInt(random, 1, 2)));
  const density = 0.2 + random() * 0.8;
  // Small point ranges force many ties; large ones exercise big costs.
  const maxPoints = random() < 0.5 ? 5 : 1_000_000;
  const edges: AssignmentEdge[] = [];
  for (let i = 0; i < caseCount; i++) {
    for (let j = 0; j < mediatorCount; j++) {
      if (random() < density) edges.push(edge(i, j, randomInt(random, 0, maxPoints)));
    }
  }
  return { caseCount, slots, edges };
}

describe('equals the exhaustive optimum on random small instances', () => {
  for (const objective of ['most_cases_then_score', 'score'] as AssignmentObjective[]) {
    test(`${objective}: 1,500 instances up to 6 cases × 5 mediators`, () => {
      const random = seededRandom(objective === 'score' ? 2026 : 119);
      for (let round = 0; round < 1500; round++) {
        const problem = randomProblem(random);
        const solution = solveSlotAssignment(problem, objective);
        assertFeasible(problem, solution);
        const best = bruteForceOptimum(problem.caseCount, problem.slots, problem.edges, objective);
        assert.equal(solution.totalPoints, best.totalPoints, `round ${round}: ${JSON.stringify(problem)}`);
        if (objective === 'most_cases_then_score') assert.equal(solution.assignedCount, best.assignedCount, `round ${round}`);
        // The reference used for larger instances below must itself agree with enumeration.
        const reference = bellmanFordOptimum(problem.caseCount, problem.slots, problem.edges, objective);
        assert.equal(reference.totalPoints, best.totalPoints, `reference, round ${round}`);
        if (objective === 'most_cases_then_score') assert.equal(reference.assignedCount, best.assignedCount, `reference, round ${round}`);
      }
    });
  }

  test('with contention: 8 cases × 3 mediators, 600 instances', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 600; round++) {
      const slots = [randomInt(random, 1, 2), randomInt(random, 1, 2), randomInt(random, 0, 2)];
      const edges: AssignmentEdge[] = [];
      for (let i = 0; i < 8; i++) for (let j = 0; j < 3; j++) if (random() < 0.7) edges.push(edge(i, j, randomInt(random, 0, 100)));
      const problem = { caseCount: 8, slots, edges };
      const solution = solveSlotAssignment(problem);
      assertFeasible(problem, solution);
      const best = bruteForceOptimum(8, slots, edges, 'most_cases_then_score');
      assert.deepEqual({ assignedCount: solution.assignedCount, totalPoints: solution.totalPoints }, best, `round ${round}`);
    }
  });

  test('medium instances (up to 40 cases × 25 mediators) agree with an independent Bellman–Ford min-cost flow', () => {
    const random = seededRandom(8);
    for (let round = 0; round < 150; round++) {
      const caseCount = randomInt(random, 10, 40);
      const slots = Array.from({ length: randomInt(random, 5, 25) }, () => randomInt(random, 0, 3));
      const density = 0.05 + random() * 0.4;
      const edges: AssignmentEdge[] = [];
      for (let i = 0; i < caseCount; i++) {
        for (let j = 0; j < slots.length; j++) if (random() < density) edges.push(edge(i, j, randomInt(random, 0, random() < 0.5 ? 3 : 1_000_000)));
      }
      const problem = { caseCount, slots, edges };
      for (const objective of ['most_cases_then_score', 'score'] as AssignmentObjective[]) {
        const solution = solveSlotAssignment(problem, objective);
        assertFeasible(problem, solution);
        const reference = bellmanFordOptimum(caseCount, slots, edges, objective);
        assert.equal(solution.totalPoints, reference.totalPoints, `round ${round} ${objective}`);
        if (objective === 'most_cases_then_score') assert.equal(solution.assignedCount, reference.assignedCount, `round ${round}`);
      }
    }
  });
});
