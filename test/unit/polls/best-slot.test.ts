import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSlot, type PollAnswer } from '../../../src/domain/polls/best-slot.js';

const slots = [
  { id: 'a', startsAt: new Date('2027-01-12T09:00:00Z') },
  { id: 'b', startsAt: new Date('2027-01-10T09:00:00Z') },
  { id: 'c', startsAt: new Date('2027-01-11T09:00:00Z') },
];
const answers = (rows: [string, PollAnswer][]) => rows.map(([slotId, answer]) => ({ slotId, answer }));

test('most yes wins', () => {
  const r = bestSlot(slots, answers([['a', 'yes'], ['a', 'yes'], ['b', 'yes'], ['b', 'maybe'], ['b', 'maybe']]), 4);
  assert.equal(r.slotId, 'a');
  assert.equal(r.reason, 'most-yes');
  assert.deepEqual(r.ranking[0], { slotId: 'a', yes: 2, maybe: 0, no: 0, open: 2 });
});

test('tied on yes: most if-need-be decides, and the tie is named', () => {
  const r = bestSlot(slots, answers([['a', 'yes'], ['b', 'yes'], ['b', 'maybe'], ['c', 'no']]), 3);
  assert.equal(r.slotId, 'b');
  assert.equal(r.reason, 'most-maybe');
  assert.deepEqual([...r.tiedWith].sort(), ['a', 'b']);
});

test('tied on both: the earliest slot, with the tied slots', () => {
  const r = bestSlot(slots, answers([['a', 'yes'], ['c', 'yes'], ['b', 'no']]), 2);
  assert.equal(r.slotId, 'c');
  assert.equal(r.reason, 'earliest-of-tie');
  assert.deepEqual([...r.tiedWith].sort(), ['a', 'c']);
});

test('nobody available, or no slots: no best slot', () => {
  assert.deepEqual({ ...bestSlot(slots, answers([['a', 'no']]), 1), ranking: [] }, { slotId: null, reason: 'no-support', tiedWith: [], ranking: [] });
  assert.equal(bestSlot([], [], 3).slotId, null);
});
