import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  OPEN_STATUSES,
  isCaseStatus,
  isOpen,
} from '../../../src/domain/cases/case-status.js';

describe('case statuses', () => {
  test('the lifecycle order', () => {
    assert.deepEqual(
      [...CASE_STATUSES],
      ['registered', 'triage', 'matching', 'proposed', 'assigned', 'in_progress', 'concluded', 'aftercare', 'closed', 'withdrawn', 'referred'],
    );
  });

  test('open until closed, withdrawn or referred', () => {
    for (const s of ['registered', 'triage', 'matching', 'proposed', 'assigned', 'in_progress', 'concluded', 'aftercare'] as const) {
      assert.equal(isOpen(s), true, s);
    }
    for (const s of ['closed', 'withdrawn', 'referred'] as const) assert.equal(isOpen(s), false, s);
    assert.equal(OPEN_STATUSES.length, 8);
  });

  test('Dutch labels, one per status, all different', () => {
    assert.equal(CASE_STATUS_LABELS.registered, 'Aangemeld');
    assert.equal(CASE_STATUS_LABELS.in_progress, 'Mediation loopt');
    assert.equal(CASE_STATUS_LABELS.aftercare, 'Nazorg');
    assert.equal(CASE_STATUS_LABELS.withdrawn, 'Ingetrokken');
    assert.equal(CASE_STATUS_LABELS.referred, 'Doorverwezen');
    assert.equal(new Set(Object.values(CASE_STATUS_LABELS)).size, CASE_STATUSES.length);
  });

  test('guard', () => {
    assert.equal(isCaseStatus('triage'), true);
    assert.equal(isCaseStatus('Triage'), false);
    assert.equal(isCaseStatus('archived'), false);
    assert.equal(isCaseStatus(undefined), false);
  });
});
