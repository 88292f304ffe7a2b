/**
 * Optimal assignment of cases to mediators with capacities (a mediator with k free slots takes
 * up to k cases), as a min-cost flow solved by successive shortest paths.
 *
 * Network: case → mediator (capacity 1, cost MAXP − points), mediator → sink (capacity = free
 * slots), and for every case a private "unassigned" arc case → sink (capacity 1, cost DUMMY).
 * With the dummy arc every case is always routed, so the problem becomes a plain rectangular
 * assignment (every row matched exactly once) and the Hungarian argument applies: adding the
 * cases one by one, each along a shortest augmenting path from that case under reduced costs
 * (Dijkstra with Johnson potentials), keeps the flow of the cases added so far min-cost. Adding
 * MAXP to every real arc of a row shifts each row by a constant, so minimising cost maximises
 * the total points.
 *
 * Objectives:
 * - 'most_cases_then_score' (default): DUMMY = MAXP + BIG with BIG = cases × MAXP + 1 exceeds
 *   any possible difference in total points, so one more assigned case always beats any gain
 *   in score; among solutions with the most cases the total score is maximal (lexicographic).
 * - 'score': DUMMY = MAXP, the cost of a 0-point pair, so leaving a case unassigned is only
 *   chosen when it does not lower the total score.
 *
 * Speed: Dijkstra stops when it reaches the sink; potentials of the finalised nodes are then
 * lowered by (D − dist), which keeps every reduced cost non-negative (π' = π + min(dist, D) up
 * to the constant D). A case whose best mediator still has room costs a handful of heap
 * operations; only contention makes the search walk alternating paths. Worst case
 * O(cases × edges × log nodes); all arithmetic is on integers below 2^53, so results are exact.
 */

export type AssignmentObjective = 'most_cases_then_score' | 'score';

export interface AssignmentEdge {
  readonly caseIndex: number;
  readonly mediatorIndex: number;
  /** Non-negative integer; higher is better. */
  readonly points: number;
}

export interface SlotAssignmentProblem {
  readonly caseCount: number;
  /** Free slots per mediator index. */
  readonly slots: readonly number[];
  readonly edges: readonly AssignmentEdge[];
}

export interface SlotAssignmentSolution {
  /** Mediator index per case index, or null when the case stays unassigned. */
  readonly mediatorOfCase: readonly (number | null)[];
  /** Index into problem.edges of the pair chosen per case, or null. */
  readonly edgeOfCase: readonly (number | null)[];
  readonly assignedCount: number;
  readonly totalPoints: number;
  /** Nodes finalised by Dijkstra over all phases: a measure of contention, for benchmarks. */
  readonly searchedNodes: number;
}

function validate(problem: SlotAssignmentProblem): void {
  const { caseCount, slots, edges } = problem;
  if (!Number.isSafeInteger(caseCount) || caseCount < 0) throw new RangeError('caseCount must be a non-negative integer');
  for (const s of slots) {
    if (!Number.isSafeInteger(s)) throw new RangeError('slots must be integers');
  }
  for (const e of edges) {
    if (!Number.isSafeInteger(e.caseIndex) || e.caseIndex < 0 || e.caseIndex >= caseCount) throw new RangeError(`caseIndex out of range: ${e.caseIndex}`);
    if (!Number.isSafeInteger(e.mediatorIndex) || e.mediatorIndex < 0 || e.mediatorIndex >= slots.length) throw new RangeError(`mediatorIndex out of range: ${e.mediatorIndex}`);
    if (!Number.isSafeInteger(e.points) || e.points < 0) throw new RangeError(`points must be a non-negative integer: ${e.points}`);
  }
}

/** A binary min-heap of (key, node) with lazy deletion; reused across phases. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  /** Key of the node returned by the last pop(). */
  lastKey = 0;

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }

  push(key: number, node: number): void {
    const keys = this.keys;
    const nodes = this.nodes;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the minimum and returns its node; its key is left in `lastKey`. */
  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const topNode = nodes[0]!;
    this.lastKey = keys[0]!;
    const key = keys.pop()!;
    const node = nodes.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && keys[right]! < keys[left]! ? right : left;
        if (keys[child]! >= key) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return topNode;
  }
}

export function solveSlotAssignment(
  problem: SlotAssignmentProblem,
  objective: AssignmentObjective = 'most_cases_then_score',
): SlotAssignmentSolution {
  validate(problem);
  const n = problem.caseCount;
  const m = problem.slots.length;
  const sink = n + m;
  const nodeCount = n + m + 1;

  let maxPoints = 0;
  for (const e of problem.edges) if (e.points > maxPoints) maxPoints = e.points;
  const dummyCost = objective === 'score' ? maxPoints : maxPoints + (n * maxPoints + 1);
  // Potentials are sums of costs along paths of at most nodeCount arcs; keep them exact.
  if (!Number.isSafeInteger(dummyCost * nodeCount)) throw new RangeError('Points too large for exact integer arithmetic');

  // Edges to mediators without room can never carry flow; leaving them out keeps the graph small.
  const usable: number[] = [];
  problem.edges.forEach((e, k) => {
    if (problem.slots[e.mediatorIndex]! > 0) usable.push(k);
  });
  const usefulMediators: number[] = [];
  for (let j = 0; j < m; j++) if (problem.slots[j]! > 0) usefulMediators.push(j);

  // Compressed adjacency; every arc has its reverse at arcRev.
  const arcTotal = 2 * (usable.length + n + usefulMediators.length);
  const degree = new Int32Array(nodeCount + 1);
  for (const k of usable) {
    const e = problem.edges[k]!;
    degree[e.caseIndex]!++;
    degree[n + e.mediatorIndex]!++;
  }
  for (let i = 0; i < n; i++) {
    degree[i]!++;
    degree[sink]!++;
  }
  for (const j of usefulMediators) {
    degree[n + j]!++;
    degree[sink]!++;
  }
  const start = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) start[v + 1] = start[v]! + degree[v]!;
  const fill = start.slice(0, nodeCount);
  const arcTo = new Int32Array(arcTotal);
  const arcCap = new Int32Array(arcTotal);
  const arcCost = new Float64Array(arcTotal);
  const arcRev = new Int32Array(arcTotal);
  const addArc = (from: number, to: number, cap: number, cost: number): number => {
    const a = fill[from]!++;
    const b = fill[to]!++;
    arcTo[a] = to;
    arcCap[a] = cap;
    arcCost[a] = cost;
    arcRev[a] = b;
    arcTo[b] = from;
    arcCap[b] = 0;
    arcCost[b] = -cost;
    arcRev[b] = a;
    return a;
  };
  const edgeArc = new Int32Array(usable.length);
  usable.forEach((k, u) => {
    const e = problem.edges[k]!;
    edgeArc[u] = addArc(e.caseIndex, n + e.mediatorIndex, 1, maxPoints - e.points);
  });
  const dummyArc = new Int32Array(n);
  for (let i = 0; i < n; i++) dummyArc[i] = addArc(i, sink, 1, dummyCost);
  for (const j of usefulMediators) addArc(n + j, sink, problem.slots[j]!, 0);

  const potential = new Float64Array(nodeCount);
  const dist = new Float64Array(nodeCount).fill(Infinity);
  const done = new Uint8Array(nodeCount);
  const prevArc = new Int32Array(nodeCount).fill(-1);
  const touched: number[] = [];
  const finalised: number[] = [];
  const heap = new MinHeap();
  let searchedNodes = 0;

  for (let source = 0; source < n; source++) {
    // A new row has only outgoing arcs: give it the lowest potential that keeps them non-negative.
    let p = -Infinity;
    for (let a = start[source]!; a < start[source + 1]!; a++) {
      if (arcCap[a]! > 0) p = Math.max(p, potential[arcTo[a]!]! - arcCost[a]!);
    }
    potential[source] = p;

    heap.clear();
    dist[source] = 0;
    touched.push(source);
    heap.push(0, source);
    let reached = Number.NaN;
    while (heap.size > 0) {
      const u = heap.pop();
      const du = heap.lastKey;
      if (done[u] || du > dist[u]!) continue;
      done[u] = 1;
      finalised.push(u);
      if (u === sink) {
        reached = du;
        break;
      }
      const pu = potential[u]!;
      for (let a = start[u]!; a < start[u + 1]!; a++) {
        if (arcCap[a]! <= 0) continue;
        const v = arcTo[a]!;
        if (done[v]) continue;
        const nd = du + arcCost[a]! + pu - potential[v]!;
        if (nd < dist[v]!) {
          if (dist[v] === Infinity) touched.push(v);
          dist[v] = nd;
          prevArc[v] = a;
          heap.push(nd, v);
        }
      }
    }
    // The row's own dummy arc guarantees the sink is reachable.
    if (Number.isNaN(reached)) throw new Error('unreachable: sink not found');
    searchedNodes += finalised.length;
    for (const v of finalised) potential[v] = potential[v]! + dist[v]! - reached;
    for (let v = sink; v !== source; ) {
      const a = prevArc[v]!;
      arcCap[a]!--;
      arcCap[arcRev[a]!]!++;
      v = arcTo[arcRev[a]!]!;
    }
    for (const v of touched) {
      dist[v] = Infinity;
      done[v] = 0;
      prevArc[v] = -1;
    }
    touched.length = 0;
    finalised.length = 0;
  }

  const mediatorOfCase: (number | null)[] = new Array<number | null>(n).fill(null);
  const edgeOfCase: (number | null)[] = new Array<number | null>(n).fill(null);
  let assignedCount = 0;
  let totalPoints = 0;
  usable.forEach((k, u) => {
    if (arcCap[edgeArc[u]!] === 0) {
      const e = problem.edges[k]!;
      mediatorOfCase[e.caseIndex] = e.mediatorIndex;
      edgeOfCase[e.caseIndex] = k;
      assignedCount++;
      totalPoints += e.points;
    }
  });
  return { mediatorOfCase, edgeOfCase, assignedCount, totalPoints, searchedNodes };
}
