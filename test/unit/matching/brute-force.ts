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

/**
 * A second, independent exact method for instances too large to enumerate: min-cost flow from a
 * super source, augmenting along Bellman–Ford shortest paths while they lower the cost. Pair
 * costs are −(BIG + points) for the lexicographic objective and −points for 'score'.
 */
export function bellmanFordOptimum(
  caseCount: number,
  slots: readonly number[],
  edges: readonly AssignmentEdge[],
  objective: AssignmentObjective,
): Optimum {
  const source = 0;
  const caseNode = (i: number) => 1 + i;
  const mediatorNode = (j: number) => 1 + caseCount + j;
  const sink = 1 + caseCount + slots.length;
  const maxPoints = edges.reduce((m, e) => Math.max(m, e.points), 0);
  const big = objective === 'score' ? 0 : caseCount * maxPoints + 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const points: number[] = [];
  const add = (u: number, v: number, c: number, w: number, p: number) => {
    to.push(v, u);
    cap.push(c, 0);
    cost.push(w, -w);
    points.push(p, -p);
    from.push(u, v);
  };
  const from: number[] = [];
  for (let i = 0; i < caseCount; i++) add(source, caseNode(i), 1, 0, 0);
  for (const e of edges) add(caseNode(e.caseIndex), mediatorNode(e.mediatorIndex), 1, -(big + e.points), e.points);
  slots.forEach((s, j) => add(mediatorNode(j), sink, Math.max(0, s), 0, 0));
  let assignedCount = 0;
  let totalPoints = 0;
  for (;;) {
    const dist = new Array<number>(sink + 1).fill(Infinity);
    const prev = new Array<number>(sink + 1).fill(-1);
    dist[source] = 0;
    for (let round = 0; round <= sink; round++) {
      let changed = false;
      for (let a = 0; a < to.length; a++) {
        if (cap[a]! > 0 && dist[from[a]!]! + cost[a]! < dist[to[a]!]!) {
          dist[to[a]!] = dist[from[a]!]! + cost[a]!;
          prev[to[a]!] = a;
          changed = true;
        }
      }
      if (!changed) break;
    }
    if (!(dist[sink]! < 0)) break;
    for (let v = sink; v !== source; v = from[prev[v]!]!) {
      const a = prev[v]!;
      cap[a]!--;
      cap[a ^ 1]!++;
      totalPoints += points[a]!;
    }
    assignedCount++;
  }
  return { assignedCount, totalPoints };
}
