import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lenderPeriod, loanLines, unsettledMinutes } from '../../../src/domain/lending/loan-settlement.js';
import { periodCode } from '../../../src/domain/settlement/index.js';

describe('settling lent hours between pools', () => {
  const terms = new Map([
    ['paid', { rateCents: 6250 }],
    ['free', { rateCents: null }],
  ]);

  test('a line per loan, priced once over its minutes (half a cent up), not per entry', () => {
    // 45 minutes at € 62,50 is 4687,5 cents: per entry 4688 + 4688, once over 90 minutes 9375.
    const [line] = loanLines(
      [
        { loanId: 'paid', minutes: 45 },
        { loanId: 'paid', minutes: 45 },
      ],
      terms,
    );
    assert.deepEqual(line, { loanId: 'paid', minutes: 90, rateCents: 6250, amountCents: 9375 });
    assert.equal(loanLines([{ loanId: 'paid', minutes: 45 }], terms)[0]!.amountCents, 4688, 'half a cent rounds up');
    assert.equal(loanLines([{ loanId: 'paid', minutes: -45 }], terms)[0]!.amountCents, -4688, 'a correction mirrors it');
  });

  test('free lending: the minutes are settled, the amount is zero', () => {
    assert.deepEqual(loanLines([{ loanId: 'free', minutes: 150 }], terms), [{ loanId: 'free', minutes: 150, rateCents: null, amountCents: 0 }]);
  });

  test('entries that cancel out give no line; an unknown loan is free', () => {
    assert.deepEqual(
      loanLines(
        [
          { loanId: 'paid', minutes: 60 },
          { loanId: 'paid', minutes: -60 },
        ],
        terms,
      ),
      [],
    );
    assert.equal(loanLines([{ loanId: 'other', minutes: 60 }], terms)[0]!.amountCents, 0);
    assert.throws(() => loanLines([{ loanId: 'paid', minutes: 1.5 }], terms), RangeError);
  });

  test('what the lending pool still settles: approved now less settled before', () => {
    assert.equal(unsettledMinutes(90, 0), 90);
    assert.equal(unsettledMinutes(90, 90), 0);
    assert.equal(unsettledMinutes(0, 90), -90, 'an approval taken back after settling is paid back');
    assert.equal(unsettledMinutes(120, 90), 30);
  });

  test('the period boundary: the lending pool’s own period, or its next open one once that one is final', () => {
    assert.equal(periodCode(lenderPeriod('quarter', '2026-09-30', [])), '2026-K3');
    assert.equal(periodCode(lenderPeriod('quarter', '2026-10-01', [])), '2026-K4');
    assert.equal(periodCode(lenderPeriod('month', '2026-07-01', [])), '2026-07', 'a quarter of the borrowing pool lands in the month it starts');
    const finals = [{ start: '2026-07-01', end: '2026-09-30' }];
    assert.equal(periodCode(lenderPeriod('quarter', '2026-07-01', finals)), '2026-K4', 'closed already: the next open quarter');
    assert.equal(periodCode(lenderPeriod('quarter', '2026-06-30', finals)), '2026-K2', 'the quarter before is still open');
    assert.equal(periodCode(lenderPeriod('quarter', '2026-04-01', [...finals, { start: '2026-04-01', end: '2026-06-30' }])), '2026-K4');
  });
});
