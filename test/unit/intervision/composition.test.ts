import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkComposition } from '../../../src/domain/intervision/composition.js';
import { intervisionPoints } from '../../../src/domain/intervision/points.js';

const members = (...municipalities: (string | null)[]) => municipalities.map((municipality, i) => ({ id: `m${i}`, municipality }));

test('five mediators from three municipalities (2, 2, 1): no warning', () => {
  const r = checkComposition(members('Assen', 'Assen', 'Emmen', 'Emmen', 'Meppel'));
  assert.deepEqual(r, { size: 5, municipalities: 3, warnings: [] });
});

test('more than half from one municipality leans on it; exactly half does not', () => {
  assert.deepEqual(checkComposition(members('Assen', 'Assen', 'Assen', 'Emmen', 'Meppel')).warnings, [{ code: 'one-municipality-leans', municipality: 'Assen', count: 3 }]);
  assert.deepEqual(checkComposition(members('Assen', 'Assen', 'Emmen', 'Meppel')).warnings, []);
  assert.deepEqual(checkComposition(members('Assen', 'Assen', 'Assen', null, null, null)).warnings, []);
});

test('fewer than 4 or more than 8 members are warned about', () => {
  assert.deepEqual(checkComposition(members('A', 'B', 'C')).warnings, [{ code: 'too-few', municipality: null, count: 3 }]);
  assert.deepEqual(checkComposition(members('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I')).warnings, [{ code: 'too-many', municipality: null, count: 9 }]);
  assert.deepEqual(checkComposition([]).warnings, [{ code: 'too-few', municipality: null, count: 0 }]);
});

test('intervision points: per hour, rounded half up, nothing for nothing', () => {
  assert.equal(intervisionPoints(120), 2);
  assert.equal(intervisionPoints(150), 3);
  assert.equal(intervisionPoints(135), 2);
  assert.equal(intervisionPoints(120, 1.5), 3);
  assert.equal(intervisionPoints(20), 0);
  assert.equal(intervisionPoints(0), 0);
  assert.equal(intervisionPoints(120, 0), 0);
  assert.equal(intervisionPoints(100000, 1), 100);
});
