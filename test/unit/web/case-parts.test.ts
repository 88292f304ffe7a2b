import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { casePartsFor, type CasePartsInput } from '../../../src/web/features/cases/case-parts.js';

const base: CasePartsInput = { status: 'triage', assignedOn: null, concludedOn: null, hasMediator: false, triaged: false, full: true, handles: true };

describe('the parts of a case page by phase', () => {
  test('before the triage decision: overview, parties and timeline only', () => {
    assert.deepEqual(casePartsFor({ ...base, status: 'registered' }), ['overview', 'parties', 'timeline']);
    assert.deepEqual(casePartsFor(base), ['overview', 'parties', 'timeline']);
  });

  test('while a mediator is sought: matching and documents, no sessions, hours or outcome', () => {
    assert.deepEqual(casePartsFor({ ...base, status: 'matching', triaged: true }), ['overview', 'parties', 'matching', 'documents', 'timeline']);
    assert.deepEqual(casePartsFor({ ...base, status: 'proposed', triaged: true }), ['overview', 'parties', 'matching', 'documents', 'timeline']);
  });

  test('assigned: sessions and hours; the outcome once the mediation runs', () => {
    const assigned = { ...base, status: 'assigned', triaged: true, assignedOn: '2026-12-01' } as const;
    assert.deepEqual(casePartsFor(assigned), ['overview', 'parties', 'matching', 'sessions', 'documents', 'hours', 'timeline']);
    assert.deepEqual(casePartsFor({ ...assigned, status: 'in_progress' }), ['overview', 'parties', 'matching', 'sessions', 'documents', 'hours', 'outcome', 'timeline']);
  });

  test('a mediator on the case brings sessions and hours, whatever the status says', () => {
    assert.deepEqual(casePartsFor({ ...base, status: 'registered', hasMediator: true }), ['overview', 'parties', 'sessions', 'hours', 'timeline']);
  });

  test('an ended case keeps the parts it reached', () => {
    assert.deepEqual(casePartsFor({ ...base, status: 'withdrawn' }), ['overview', 'parties', 'timeline']);
    assert.deepEqual(casePartsFor({ ...base, status: 'referred', triaged: true }), ['overview', 'parties', 'matching', 'documents', 'timeline']);
    assert.deepEqual(casePartsFor({ ...base, status: 'closed', assignedOn: '2026-10-01', concludedOn: '2026-11-01' }).includes('outcome'), true);
  });

  test('without the confidential content (the referring contact): overview and timeline', () => {
    assert.deepEqual(casePartsFor({ ...base, status: 'in_progress', assignedOn: '2026-12-01', full: false, handles: false }), ['overview', 'timeline']);
  });
});
