import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { periodName } from '../../../src/web/features/settlement/period-name.js';
import { settlementNl } from '../../../src/web/features/settlement/i18n-nl.js';
import { settlementEn } from '../../../src/web/features/settlement/i18n-en.js';

describe('a settlement period in the reader’s language', () => {
  test('a quarter is K in Dutch and Q in English', () => {
    assert.equal(periodName({ kind: 'quarter', code: '2026-K3' }, 'nl', settlementNl.quarter), '2026-K3');
    assert.equal(periodName({ kind: 'quarter', code: '2026-K3' }, 'en', settlementEn.quarter), 'Q3 2026');
  });
  test('a month by its name, a year as it is', () => {
    assert.equal(periodName({ kind: 'month', code: '2026-09' }, 'nl', settlementNl.quarter), 'september 2026');
    assert.equal(periodName({ kind: 'month', code: '2026-09' }, 'en', settlementEn.quarter), 'September 2026');
    assert.equal(periodName({ kind: 'year', code: '2026' }, 'en', settlementEn.quarter), '2026');
  });
});
