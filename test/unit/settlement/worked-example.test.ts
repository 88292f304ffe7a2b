// The worked example of issue 6, at €62.50 an hour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeSettlement, formatEuro, type SettlementEntry } from '../../../src/domain/settlement/index.js';

const MEPPEL = 'GM0119';
const STAPHORST = 'GM0180';
const ZWARTEWATERLAND = 'GM1896';

const entries: SettlementEntry[] = [
  // A Staphorst mediator logs 10.5 h on a Meppel case, in three entries.
  { minutes: 90, supplierId: STAPHORST, userId: MEPPEL, date: '2026-07-02' },
  { minutes: 240, supplierId: STAPHORST, userId: MEPPEL, date: '2026-07-16' },
  { minutes: 300, supplierId: STAPHORST, userId: MEPPEL, date: '2026-08-20' },
  // A Meppel mediator logs 4 h on a Zwartewaterland case.
  { minutes: 240, supplierId: MEPPEL, userId: ZWARTEWATERLAND, date: '2026-09-01' },
];

const settlement = computeSettlement({ entries, mode: 'hourly', ratesByYear: { 2026: 6250 } });

test('pair amounts: 10.5 h → €656.25 and 4 h → €250.00', () => {
  assert.deepEqual(settlement.pairs, [
    {
      supplierId: MEPPEL,
      userId: ZWARTEWATERLAND,
      minutes: 240,
      years: [{ year: 2026, minutes: 240, rateCents: 6250, amountCents: 25000 }],
      amountCents: 25000,
    },
    {
      supplierId: STAPHORST,
      userId: MEPPEL,
      minutes: 630,
      years: [{ year: 2026, minutes: 630, rateCents: 6250, amountCents: 65625 }],
      amountCents: 65625,
    },
  ]);
});

test('net: Staphorst +€656.25, Meppel −€406.25, Zwartewaterland −€250.00', () => {
  assert.deepEqual(
    settlement.positions.map((p) => [p.municipalityId, p.netCents]),
    [
      [MEPPEL, -40625],
      [STAPHORST, 65625],
      [ZWARTEWATERLAND, -25000],
    ],
  );
  assert.deepEqual(settlement.positions.find((p) => p.municipalityId === MEPPEL), {
    municipalityId: MEPPEL,
    minutesSupplied: 240,
    minutesUsed: 630,
    netMinutes: -390,
    ownMinutes: 0,
    receivedCents: 25000,
    paidCents: 65625,
    netCents: -40625,
  });
  assert.equal(settlement.positions.reduce((sum, p) => sum + p.netCents!, 0), 0);
  assert.deepEqual(
    settlement.positions.map((p) => formatEuro(p.netCents!)),
    ['€ -406,25', '€ 656,25', '€ -250,00'],
  );
});

test('transfers: Meppel → Staphorst €406.25 and Zwartewaterland → Staphorst €250.00', () => {
  assert.deepEqual(settlement.transfers, [
    { fromId: MEPPEL, toId: STAPHORST, amountCents: 40625 },
    { fromId: ZWARTEWATERLAND, toId: STAPHORST, amountCents: 25000 },
  ]);
});

test('totals', () => {
  assert.equal(settlement.settledMinutes, 870);
  assert.equal(settlement.totalAmountCents, 90625);
  assert.equal(settlement.ownMinutes, 0);
  assert.equal(settlement.mode, 'hourly');
});
