/** Exhaustive optimum of a small assignment problem, the reference the solver is checked against. */
import type { AssignmentEdge, AssignmentObjective } from '../../../src/domain/matching/index.js';

export interface Optimum {
  readonly assignedCount: number;
  readonly totalPoints: number;
}

/** Better under the objective: lexicographic (cases, then points), or points only. */
export function better(a: Optimum, b: Optimum, objective: AssignmentObjective): boolean {
  if (objective === 'score') return a.totalPoints > b.totalPoints;
  return a.assignedCount > b.assignedCount || (a.assignedCount === b.assignedCount && a.totalPoints > b.totalPoints);
}

export function bruteForceOptimum(
  caseCount: number,
  slots: readonly number[],
  edges: readonly AssignmentEdge[],
  objective: AssignmentObjective,
): Optimum {
  const byCase: AssignmentEdge[][] = Array.from({ length: caseCount }, () => []);
  for (const e of edges) byCase[e.caseIndex]!.push(e);
  const left = [...slots];
  let best: Optimum = { assignedCount: 0, totalPoints: 0 };
  const visit = (i: number, assignedCount: number, totalPoints: number): void => {
    if (i === caseCount) {
      const here = { assignedCount, totalPoints };
      if (better(here, best, objective)) best = here;
      return;
    }
    visit(i + 1, assignedCount, totalPoints);
    for (const e of byCase[i]!) {
      if (left[e.mediatorIndex]! <= 0) continue;
      left[e.mediatorIndex]!--;
      visit(i + 1, assignedCount + 1, totalPoints + e.points);
      left[e.mediatorIndex]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}
