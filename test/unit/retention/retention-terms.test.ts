import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, checkRetentionTerms, destroyableFrom, RETENTION_DEFAULTS, termHasPassed } from '../../../src/domain/retention/retention-terms.js';
import { decideErasure } from '../../../src/domain/retention/erasure.js';

const defaults = Object.fromEntries(Object.entries(RETENTION_DEFAULTS).map(([k, v]) => [k, v.months])) as Parameters<typeof checkRetentionTerms>[0];

describe('retention terms', () => {
  test('a term ends on the same day months later (the 31st on a shorter month\'s last day); destroyable the day after', () => {
    assert.equal(addMonths('2021-01-31', 1), '2021-02-28');
    assert.equal(addMonths('2020-02-29', 12), '2021-02-28');
    assert.equal(addMonths('2019-06-28', 60), '2024-06-28');
    assert.equal(addMonths('2024-03-15', -12), '2023-03-15');
    assert.equal(destroyableFrom('2019-06-28', 60), '2024-06-29');
    assert.equal(termHasPassed('2019-06-28', 60, '2024-06-28'), false, 'the last day of the term still keeps it');
    assert.equal(termHasPassed('2019-06-28', 60, '2024-06-29'), true);
  });

  test('every default says where it comes from; the case file follows the register (60 months)', () => {
    assert.equal(RETENTION_DEFAULTS.case_file.months, 60);
    for (const d of Object.values(RETENTION_DEFAULTS)) assert.ok(d.source.length > 20);
    assert.match(RETENTION_DEFAULTS.case_file.source, /Selectielijst gemeenten en intergemeentelijke organen 2020/);
    assert.deepEqual(checkRetentionTerms(defaults), []);
  });

  test('a part of the case file may not outlast the file; terms are whole months from 1 to 240', () => {
    assert.deepEqual(checkRetentionTerms({ ...defaults, documents: 61 }).map((p) => [p.kind, p.code]), [['documents', 'longer-than-case-file']]);
    assert.deepEqual(checkRetentionTerms({ ...defaults, hour_notes: 60 }), []);
    assert.deepEqual(checkRetentionTerms({ ...defaults, mail_log: 0 }).map((p) => p.code), ['out-of-range']);
    assert.deepEqual(checkRetentionTerms({ ...defaults, survey_answers: 241 }).map((p) => p.code), ['out-of-range']);
    assert.deepEqual(checkRetentionTerms({ ...defaults, survey_answers: 1.5 }).map((p) => p.code), ['out-of-range']);
  });
});

describe('erasure on request', () => {
  const ended = (number: string, endedOn: string) => ({ number, status: 'closed' as const, endedOn, destroyed: false });
  test('nothing while a case runs', () => {
    const d = decideErasure([ended('MP-2020-0001', '2020-05-01'), { number: 'MP-2026-0002', status: 'in_progress', endedOn: null, destroyed: false }], 60, '2026-12-06');
    assert.equal(d.scope, 'none');
    assert.match(d.reasons[0]!, /MP-2026-0002 loopt nog/);
  });
  test('contact details once every case has ended; the name only after the case files\' term', () => {
    assert.equal(decideErasure([ended('MP-2026-0001', '2026-11-01')], 60, '2026-12-06').scope, 'contact');
    assert.equal(decideErasure([ended('MP-2020-0001', '2020-05-01')], 60, '2026-12-06').scope, 'all');
    assert.equal(decideErasure([ended('MP-2020-0001', '2020-05-01'), ended('MP-2026-0001', '2026-11-01')], 60, '2026-12-06').scope, 'contact');
    assert.equal(decideErasure([{ ...ended('MP-2026-0001', '2026-11-01'), destroyed: true }], 60, '2026-12-06').scope, 'all', 'a destroyed file holds no name');
  });
});
