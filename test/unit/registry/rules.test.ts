import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isCbsCode, normaliseCbsCode } from '../../../src/domain/registry/cbs-code.js';
import { endsBeforeStart, findOverlap, periodsOverlap } from '../../../src/domain/registry/periods.js';
import { addYears, daysBetween, formatDutchDate, isIsoDate, monthsBetween, todayInAmsterdam } from '../../../src/domain/calendar/iso-date.js';
import { registrationExpired, statusChangeProblem } from '../../../src/domain/registry/mediator-values.js';
import { isPdf } from '../../../src/domain/documents/detect-document-type.js';

describe('CBS codes', () => {
  test('GM followed by four digits, after trimming and upper-casing', () => {
    assert.ok(isCbsCode('GM0119'));
    assert.ok(isCbsCode(normaliseCbsCode(' gm0119 ')));
    for (const bad of ['GM119', 'GM01190', 'G0119', '0119', 'GMabcd', 'GM 0119', '']) assert.equal(isCbsCode(normaliseCbsCode(bad)), false, bad);
  });
});

describe('periods', () => {
  const p = (startsOn: string, endsOn: string) => ({ startsOn, endsOn });
  test('inclusive on both ends', () => {
    assert.ok(periodsOverlap(p('2026-07-01', '2026-07-05'), p('2026-07-05', '2026-07-10')));
    assert.ok(!periodsOverlap(p('2026-07-01', '2026-07-04'), p('2026-07-05', '2026-07-10')));
    assert.ok(periodsOverlap(p('2026-07-01', '2026-07-31'), p('2026-07-10', '2026-07-11')));
    assert.equal(findOverlap([p('2026-01-01', '2026-01-02')], p('2026-01-03', '2026-01-03')), undefined);
  });
  test('an end before the start', () => {
    assert.ok(endsBeforeStart(p('2026-07-02', '2026-07-01')));
    assert.ok(!endsBeforeStart(p('2026-07-01', '2026-07-01')));
  });
});

describe('calendar dates', () => {
  test('validity, arithmetic and Dutch formatting', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2023-02-29'));
    assert.ok(!isIsoDate('2023-2-1'));
    assert.equal(addYears('2024-02-29', 1), '2025-02-28');
    assert.equal(addYears('2024-02-29', 4), '2028-02-29');
    assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
    assert.equal(monthsBetween('2025-01-31', '2025-03-30'), 1);
    assert.equal(monthsBetween('2025-01-31', '2025-03-31'), 2);
    assert.equal(formatDutchDate('2026-03-12'), '12 maart 2026');
    assert.equal(todayInAmsterdam(new Date('2025-12-31T23:30:00Z')), '2026-01-01');
  });
});

describe('mediator status', () => {
  test('a change needs another status and a date between the current status and today', () => {
    const current = { status: 'dormant' as const, since: '2025-01-01' };
    assert.equal(statusChangeProblem(current, { status: 'active', fromDate: '2025-06-01' }, '2025-06-01'), null);
    assert.equal(statusChangeProblem(current, { status: 'dormant', fromDate: '2025-06-01' }, '2025-06-01')?.field, 'status');
    assert.equal(statusChangeProblem(current, { status: 'active', fromDate: '2024-12-31' }, '2025-06-01')?.field, 'fromDate');
    assert.equal(statusChangeProblem(current, { status: 'active', fromDate: '2025-06-02' }, '2025-06-01')?.field, 'fromDate');
  });
  test('an active mediator may not have an expired registration', () => {
    assert.ok(registrationExpired('active', '2025-05-31', '2025-06-01'));
    assert.ok(!registrationExpired('active', '2025-06-01', '2025-06-01'));
    assert.ok(!registrationExpired('dormant', '2020-01-01', '2025-06-01'));
    assert.ok(!registrationExpired('active', null, '2025-06-01'));
  });
});

describe('document type', () => {
  test('PDF by its magic bytes only', () => {
    assert.equal(isPdf(new TextEncoder().encode('%PDF-1.7\n')), true);
    assert.equal(isPdf(new TextEncoder().encode('<html>')), false);
    assert.equal(isPdf(new Uint8Array([0x25, 0x50])), false);
  });
});
