import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeCapacity } from '../../../src/domain/community-events/places.js';

test('a capacity below the places taken is refused, naming the lowest allowed', () => {
  assert.deepEqual(changeCapacity(2, 3, 0), { ok: false, minimum: 3 });
  assert.deepEqual(changeCapacity(0, 1, 4), { ok: false, minimum: 1 });
});

test('the same or a higher capacity is accepted; the new places go to the waiting list, never more than wait', () => {
  assert.deepEqual(changeCapacity(3, 3, 2), { ok: true, movesUp: 0 });
  assert.deepEqual(changeCapacity(4, 3, 2), { ok: true, movesUp: 1 });
  assert.deepEqual(changeCapacity(10, 3, 2), { ok: true, movesUp: 2 });
  assert.deepEqual(changeCapacity(5, 0, 0), { ok: true, movesUp: 0 });
});
