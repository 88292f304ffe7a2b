import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeUpkeep } from '../../../src/domain/upkeep/compute-upkeep.js';
import { asUpkeepMediation, poolMediation, type PoolCaseFacts } from '../../../src/domain/upkeep/pool-mediations.js';
import { complete } from './fixtures.js';

const facts = (o: Partial<PoolCaseFacts> = {}): PoolCaseFacts => ({
  caseId: 'c1',
  caseNumber: '2025-001',
  concludedOn: '2025-06-01',
  mediatorCount: 1,
  writtenAgreement: false,
  hours: [],
  ...o,
});

describe('MfN upkeep: concluded pool cases', () => {
  test('contact time is the approved intake and session minutes, corrections included', () => {
    const m = poolMediation(
      facts({
        hours: [
          { activity: 'intake', minutes: 60, status: 'approved' },
          { activity: 'session', minutes: 120, status: 'approved' },
          { activity: 'session', minutes: -30, status: 'approved' },
          { activity: 'session', minutes: 90, status: 'submitted' },
          { activity: 'session', minutes: 90, status: 'rejected' },
          { activity: 'preparation', minutes: 60, status: 'approved' },
          { activity: 'reporting', minutes: 60, status: 'approved' },
          { activity: 'travel', minutes: 60, status: 'approved' },
          { activity: 'consultation', minutes: 60, status: 'approved' },
        ],
      }),
    );
    assert.equal(m.contactMinutes, 150);
    assert.equal(poolMediation(facts({ hours: [{ activity: 'session', minutes: -30, status: 'approved' }] })).contactMinutes, 0, 'never below zero');
  });

  test('co-mediation is more than one mediator on the case; the written agreement comes from the outcome', () => {
    assert.equal(poolMediation(facts()).coMediation, false);
    assert.equal(poolMediation(facts({ mediatorCount: 2 })).coMediation, true);
    assert.equal(poolMediation(facts({ writtenAgreement: true })).writtenAgreement, true);
  });

  test('a pool case concluded on the first or last day of the cycle counts, on the first day of the next cycle not', () => {
    // complete(): cycle 2023-01-01 .. 2025-12-31, 9 mediations; take one away and add the pool case.
    const withPoolCase = (concludedOn: string, today = '2025-12-31') =>
      computeUpkeep(complete({ today, mediations: [...complete().mediations.slice(0, 8), asUpkeepMediation(poolMediation(facts({ concludedOn, hours: [{ activity: 'session', minutes: 300, status: 'approved' }] })))] }));
    assert.equal(withPoolCase('2023-01-01').mediations.counted, 9);
    assert.equal(withPoolCase('2025-12-31').mediations.counted, 9);
    assert.equal(withPoolCase('2022-12-31').mediations.counted, 8);
    assert.equal(withPoolCase('2026-01-01', '2025-12-31').mediations.counted, 8);
    assert.equal(withPoolCase('2025-12-31').contactMinutes.counted, 2700);
  });
});
