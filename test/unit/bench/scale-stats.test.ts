import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateTarget, latencyWhy, percentile, summarise, usableP95, type Target } from '../../../bench/scale/stats.js';

describe('scale benchmark: percentiles', () => {
  it('takes the nearest rank of an ascending list', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(xs, 50), 50);
    assert.equal(percentile(xs, 95), 95);
    assert.equal(percentile(xs, 99), 99);
    assert.equal(percentile(xs, 100), 100);
    assert.equal(percentile(xs, 0), 1);
    assert.equal(percentile([7], 95), 7);
    assert.ok(Number.isNaN(percentile([], 50)));
  });

  it('summarises 2xx answers only and counts the others', () => {
    const samples = [
      ...Array.from({ length: 18 }, (_, i) => ({ ms: 10 + i, status: 200 })),
      { ms: 1, status: 500 },
      { ms: 2, status: 404 },
    ];
    const f = summarise(samples, 2, 3);
    assert.equal(f.requests, 20);
    assert.equal(f.non2xx, 2);
    assert.equal(f.errors, 3);
    assert.equal(f.p50, 18);
    assert.equal(f.max, 27);
    assert.equal(f.rps, 10);
    assert.deepEqual(usableP95(f), { why: '5 of 23 requests failed (not 2xx or no answer)' });
    assert.deepEqual(usableP95(summarise(samples.slice(0, 18), 1)), { value: 27 });
    assert.deepEqual(usableP95(undefined), { why: 'not run' });
  });
});

describe('scale benchmark: targets', () => {
  const p95: Target = { label: 'case list p95', kind: 'at-most', limit: 50, unit: 'ms' };
  const share: Target = { label: 'audited read / bare', kind: 'at-least', limit: 35, unit: '%' };

  it('says met below an at-most limit and by how much it is missed otherwise', () => {
    assert.deepEqual(evaluateTarget(p95, 12), { label: 'case list p95', verdict: 'met', value: 12, text: 'met (12.0 ms < 50.0 ms)' });
    const missed = evaluateTarget(p95, 4800);
    assert.equal(missed.verdict, 'missed');
    assert.equal(missed.text, 'missed by 4,750 ms (4,800 ms against < 50.0 ms, 96× the limit)');
    assert.equal(evaluateTarget(p95, 50).verdict, 'missed');
  });

  it('handles at-least limits and missing values', () => {
    assert.equal(evaluateTarget(share, 35).verdict, 'met');
    assert.equal(evaluateTarget(share, 4.5).text, 'missed by 30.5 percentage points (4.5 % against ≥ 35.0 %)');
    assert.deepEqual(evaluateTarget(share, undefined, 'requests failed'), {
      label: 'audited read / bare',
      verdict: 'not-measured',
      value: undefined,
      text: 'not measured: requests failed',
    });
    assert.equal(evaluateTarget(p95, Number.NaN).verdict, 'not-measured');
  });
});

describe('why a latency target was missed', () => {
  it('a request that alone takes the limit is too much work; one well within is queueing', () => {
    assert.match(latencyWhy(50, 80, 100, 16, 2)!, /^one request alone took 80\.0 ms, at or above the limit/);
    assert.match(latencyWhy(50, 50, 100, 16, 2)!, /at or above the limit/, 'the limit itself is not within it');
    const queueing = latencyWhy(50, 9, 200, 16, 2)!;
    assert.match(queueing, /^one request alone took 9\.0 ms, within the limit: the p95 is queueing of 16 users for 2 cores/);
    assert.match(queueing, /200 req\/s is about 10\.0 ms of machine time per request/);
    assert.equal(latencyWhy(50, undefined, 100, 16, 2), undefined, 'no check request, no reason');
  });
});
