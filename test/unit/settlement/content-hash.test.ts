import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SettlementInputError, canonicalJson, computeSettlement, formatEuro, formatMinutes } from '../../../src/domain/settlement/index.js';
import { contentHash } from '../../../src/server/modules/settlement/content-hash.js';

describe('canonical JSON', () => {
  test('keys sorted at every level, no whitespace, arrays kept in order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [3, 1, { z: true, y: null }], c: 'x' } }), '{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}');
  });

  test('the same data in another key order gives the same text', () => {
    assert.equal(canonicalJson({ period: '2026-K3', amountCents: 65625 }), canonicalJson({ amountCents: 65625, period: '2026-K3' }));
  });

  test('undefined properties are left out; strings are escaped as JSON', () => {
    assert.equal(canonicalJson({ a: undefined, b: 'é "quoted"\n' }), '{"b":"é \\"quoted\\"\\n"}');
    assert.equal(canonicalJson(-0), '0');
  });

  test('what has no canonical form is refused', () => {
    assert.throws(() => canonicalJson({ a: Number.NaN }), SettlementInputError);
    assert.throws(() => canonicalJson({ a: Infinity }), SettlementInputError);
    assert.throws(() => canonicalJson({ when: new Date(0) }), SettlementInputError);
    assert.throws(() => canonicalJson([undefined]), SettlementInputError);
    assert.throws(() => canonicalJson({ f: () => 1 }), SettlementInputError);
    assert.throws(() => canonicalJson({ big: 1n }), SettlementInputError);
  });
});

describe('content hash', () => {
  test('SHA-256 of the canonical text (checked with sha256sum)', () => {
    assert.equal(contentHash({ b: 1, a: 'x' }), 'cdab067e9f3beb32d1252cfd63e492592fecbf591b0d08cadb24bb17f3864246');
    assert.equal(
      contentHash({ ü: 'é', period: '2026-K3', amountCents: 65625 }),
      'a8a740940c7caac8f9a25065585b93311bd57c3aa5e6595c2f6f6593cf14ea4d',
    );
  });

  test('a settlement hashes the same however it was assembled, and differently after any change', () => {
    const entries = [
      { minutes: 630, supplierId: 'GM0180', userId: 'GM0119', date: '2026-07-02' },
      { minutes: 240, supplierId: 'GM0119', userId: 'GM1896', date: '2026-09-01' },
    ];
    const one = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 6250 }, entries });
    const two = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 6250 }, entries: [...entries].reverse() });
    assert.equal(contentHash(one), contentHash(two));
    assert.match(contentHash(one), /^[0-9a-f]{64}$/);
    const changed = computeSettlement({ mode: 'hourly', ratesByYear: { 2026: 6251 }, entries });
    assert.notEqual(contentHash(changed), contentHash(one));
  });
});

describe('money and hours text', () => {
  test('euros in Dutch notation', () => {
    assert.equal(formatEuro(65625), '€ 656,25');
    assert.equal(formatEuro(-40625), '€ -406,25');
    assert.equal(formatEuro(-25000), '€ -250,00');
    assert.equal(formatEuro(0), '€ 0,00');
    assert.equal(formatEuro(5), '€ 0,05');
    assert.equal(formatEuro(123456789), '€ 1.234.567,89');
    assert.throws(() => formatEuro(1.5), RangeError);
  });

  test('minutes as hours:minutes', () => {
    assert.equal(formatMinutes(630), '10:30');
    assert.equal(formatMinutes(240), '4:00');
    assert.equal(formatMinutes(5), '0:05');
    assert.equal(formatMinutes(-90), '-1:30');
  });
});
