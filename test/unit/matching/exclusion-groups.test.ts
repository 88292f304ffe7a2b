import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { groupExclusions, prepareCandidatePool } from '../../../src/domain/matching/index.js';
import { MEPPEL, STEENWIJKERLAND, WESTERVELD, matchCase, mediator } from './fixtures.js';

describe('matching: why nobody qualifies, grouped by reason', () => {
  test('capacity and dormant first, a mediator counted in each of its groups, a dormant one apart from the others not active', () => {
    const pool = prepareCandidatePool([
      { mediator: mediator({ id: 'a', name: 'Ingrid Bakker', municipality: STEENWIJKERLAND, openCases: 3, maxConcurrentCases: 2 }) },
      { mediator: mediator({ id: 'b', name: 'Karel Mulder', status: 'dormant' }) },
      { mediator: mediator({ id: 'c', name: 'Henk de Wit', status: 'dormant', municipality: MEPPEL }) },
      { mediator: mediator({ id: 'd', name: 'Piet Vertrokken', status: 'left' }) },
      { mediator: mediator({ id: 'e', name: 'Sanne Visser', municipality: WESTERVELD, specialisms: ['neighbours'] }) },
      { mediator: mediator({ id: 'f', name: 'Zonder account' }), extraExclusions: [{ code: 'no_account', reason: 'Geen account' }] },
    ]);
    const groups = groupExclusions(matchCase(), pool);
    assert.deepEqual(
      groups.map((g) => [g.code, g.count, g.mediators.map((m) => m.name)]),
      [
        ['at_capacity', 1, ['Ingrid Bakker']],
        ['dormant', 2, ['Karel Mulder', 'Henk de Wit']],
        ['no_specialism', 1, ['Sanne Visser']],
        ['no_account', 1, ['Zonder account']],
        ['party_municipality', 1, ['Henk de Wit']],
        ['not_active', 1, ['Piet Vertrokken']],
      ],
    );
  });

  test('an eligible mediator is in no group; a group names at most perGroup mediators but counts them all', () => {
    const pool = prepareCandidatePool([
      { mediator: mediator({ id: 'ok' }) },
      ...['x1', 'x2', 'x3'].map((id) => ({ mediator: mediator({ id, status: 'dormant' as const }) })),
    ]);
    const groups = groupExclusions(matchCase(), pool, {}, 2);
    assert.deepEqual(groups.map((g) => [g.code, g.count, g.mediators.length]), [['dormant', 3, 2]]);
  });
});
