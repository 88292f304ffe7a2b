import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareCandidatePool, updateCandidatePool, type CandidateMediator } from '../../../src/domain/matching/index.js';
import { MEPPEL, STAPHORST, WESTERVELD, mediator } from './fixtures.js';
import { randomInt, seededRandom } from './seeded-random.js';

/**
 * updateCandidatePool (issue 13, item 4): replacing, adding and removing some mediators gives
 * exactly the pool prepared from the new list, whatever the order of the changes.
 */
const pool = (size: number, seed: number): CandidateMediator[] => {
  const random = seededRandom(seed);
  return Array.from({ length: size }, (_, i) =>
    mediator({
      id: `m-${String(randomInt(random, 0, 99_999)).padStart(5, '0')}-${i}`,
      municipality: [MEPPEL, STAPHORST, WESTERVELD][i % 3]!,
      maxConcurrentCases: 2,
      openCases: randomInt(random, 0, 2),
      municipalityBalanceMinutes: randomInt(random, -600, 600),
    }),
  );
};

describe('updating a prepared candidate pool', () => {
  test('changed, added and removed mediators give the pool prepared from the new list; the other entries are kept as they were', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed * 7);
      const before = pool(40, seed);
      const prepared = prepareCandidatePool(before.map((m) => ({ mediator: m })));
      const changed = before.filter(() => random() < 0.2).map((m) => ({ ...m, openCases: 2, municipalityBalanceMinutes: m.municipalityBalanceMinutes + 60 }));
      const added = pool(3, seed + 1000).map((m) => ({ ...m, id: `${m.id}-new` }));
      const removed = before.filter((m) => random() < 0.1 && !changed.some((c) => c.id === m.id)).map((m) => m.id);
      const after = before
        .filter((m) => !removed.includes(m.id))
        .map((m) => changed.find((c) => c.id === m.id) ?? m)
        .concat(added);
      const updated = updateCandidatePool(prepared, [...changed, ...added].map((m) => ({ mediator: m })), removed);
      assert.deepEqual(updated, prepareCandidatePool(after.map((m) => ({ mediator: m }))), `seed ${seed}`);
      const untouched = prepared.entries.filter((e) => !removed.includes(e.prepared.source.id) && !changed.some((c) => c.id === e.prepared.source.id));
      assert.ok(untouched.every((e) => updated.entries.includes(e)), 'entries of unchanged mediators are the same objects');
    }
  });

  test('a mediator both changed and removed is removed; nothing changed leaves the pool equal', () => {
    const before = pool(5, 3);
    const prepared = prepareCandidatePool(before.map((m) => ({ mediator: m })));
    assert.deepEqual(updateCandidatePool(prepared, []), prepared);
    const gone = updateCandidatePool(prepared, [{ mediator: { ...before[0]!, openCases: 0 } }], [before[0]!.id]);
    assert.deepEqual(gone.entries.map((e) => e.prepared.source.id), prepared.entries.map((e) => e.prepared.source.id).filter((id) => id !== before[0]!.id));
  });
});
