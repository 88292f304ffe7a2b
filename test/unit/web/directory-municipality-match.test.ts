import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchMunicipalities } from '../../../src/web/features/directory/municipality-combobox.js';

const LIST = ['Zeist', 'Zeewolde', 'Zaanstad', 'De Bilt', 'Súdwest-Fryslân', 'Bergen (NH.)', 'Utrechtse Heuvelrug', 'Utrecht'].map((name, i) => ({ code: `GM${String(i).padStart(4, '0')}`, name, province: 'Utrecht' }));
const names = (text: string) => matchMunicipalities(LIST, text).map((m) => m.name);

test('the directory suggests names that start with the text first, then names that contain it', () => {
  assert.deepEqual(names('ze'), ['Zeist', 'Zeewolde']);
  assert.deepEqual(names('utrecht'), ['Utrechtse Heuvelrug', 'Utrecht']);
  assert.deepEqual(names('bilt'), ['De Bilt']);
});

test('case, accents and surrounding spaces do not matter; an empty text suggests nothing', () => {
  assert.deepEqual(names('  ZEIST '), ['Zeist']);
  assert.deepEqual(names('sudwest'), ['Súdwest-Fryslân']);
  assert.deepEqual(names(''), []);
  assert.deepEqual(names('   '), []);
  assert.deepEqual(names('Atlantis'), []);
});

test('at most eight suggestions', () => {
  const many = Array.from({ length: 12 }, (_, i) => ({ code: `GM${1000 + i}`, name: `Gemeente ${i}`, province: 'Drenthe' }));
  assert.equal(matchMunicipalities(many, 'gem').length, 8);
});
