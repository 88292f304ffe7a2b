import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTraceparent, parseTraceparent } from '../../../src/domain/processing/trace-context.js';

const ok = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

test('a valid traceparent gives its trace id', () => {
  assert.deepEqual(parseTraceparent(ok), { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentId: '00f067aa0ba902b7', flags: '01' });
  assert.equal(parseTraceparent('01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra')?.traceId, '4bf92f3577b34da6a3ce929d0e0e4736');
});

test('anything malformed is ignored, as the standard asks', () => {
  for (const bad of [
    undefined,
    '',
    'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01',
    '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra',
    '00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01',
    `${ok}${'x'.repeat(600)}`,
  ]) assert.equal(parseTraceparent(bad), null, String(bad));
});

test('the answer names the trace and this span', () => {
  assert.equal(formatTraceparent('4bf92f3577b34da6a3ce929d0e0e4736', '1111111111111111'), '00-4bf92f3577b34da6a3ce929d0e0e4736-1111111111111111-01');
});
