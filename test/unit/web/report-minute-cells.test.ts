import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chartInMinutes, isMinutesCell } from '../../../src/web/features/reports/minute-cells.js';

describe('which report figures the page shows as hours', () => {
  test('the minute columns of the hours and mediators tables, not their counts or codes', () => {
    assert.equal(isMinutesCell({ name: 'hours' }, {}, 'minutes_supplied'), true);
    assert.equal(isMinutesCell({ name: 'hours' }, {}, 'net_minutes'), true);
    assert.equal(isMinutesCell({ name: 'hours' }, {}, 'code'), false);
    assert.equal(isMinutesCell({ name: 'mediators' }, {}, 'minutes'), true);
    assert.equal(isMinutesCell({ name: 'mediators' }, {}, 'cases'), false);
    assert.equal(isMinutesCell({ name: 'by_type' }, {}, 'count'), false);
  });

  test('in the capacity table only the rows in minutes', () => {
    assert.equal(isMinutesCell({ name: 'capacity' }, { measure: 'free_minutes' }, 'value'), true);
    assert.equal(isMinutesCell({ name: 'capacity' }, { measure: 'capacity_minutes' }, 'value'), true);
    assert.equal(isMinutesCell({ name: 'capacity' }, { measure: 'places' }, 'value'), false);
    assert.equal(isMinutesCell({ name: 'capacity' }, { measure: 'referrals' }, 'value'), false);
    assert.equal(chartInMinutes('capacity'), true, 'its chart shows the minute rows only');
    assert.equal(chartInMinutes('throughput'), false);
  });
});
