import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOGIN_WINDOW_MINUTES, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, lockoutSeconds } from '../../../src/domain/login-throttle.js';
import { checkPassword, PASSWORD_MIN_LENGTH } from '../../../src/domain/password-rules.js';
import { MAX_MAIL_ATTEMPTS, nextRetryDelayMs } from '../../../src/domain/retry-backoff.js';

const now = new Date('2026-11-22T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

test('the account locks at exactly the limit of failures, not one before', () => {
  assert.equal(lockoutSeconds({ account: MAX_FAILURES_PER_ACCOUNT - 1, address: 0, oldestRelevantFailure: minutesAgo(1) }, now), 0);
  assert.equal(lockoutSeconds({ account: MAX_FAILURES_PER_ACCOUNT, address: 0, oldestRelevantFailure: minutesAgo(1) }, now), (LOGIN_WINDOW_MINUTES - 1) * 60);
});

test('the address locks at its own, higher limit', () => {
  assert.equal(lockoutSeconds({ account: 0, address: MAX_FAILURES_PER_ADDRESS - 1, oldestRelevantFailure: minutesAgo(2) }, now), 0);
  assert.ok(lockoutSeconds({ account: 0, address: MAX_FAILURES_PER_ADDRESS, oldestRelevantFailure: minutesAgo(2) }, now) > 0);
});

test('a lock never reports zero seconds while it holds', () => {
  assert.equal(lockoutSeconds({ account: 9, address: 0, oldestRelevantFailure: minutesAgo(LOGIN_WINDOW_MINUTES) }, now), 1);
});

test('password length boundary and e-mail as password', () => {
  assert.equal(checkPassword('a'.repeat(PASSWORD_MIN_LENGTH - 1)), 'too-short');
  assert.equal(checkPassword('a'.repeat(PASSWORD_MIN_LENGTH)), undefined);
  assert.equal(checkPassword('Jan@Meppel.nl', 'jan@meppel.nl'), 'same-as-email');
  assert.equal(checkPassword('é'.repeat(PASSWORD_MIN_LENGTH)), undefined, 'counts characters, not bytes');
});

test('mail retry backoff doubles and is capped', () => {
  assert.equal(nextRetryDelayMs(1), 60_000);
  assert.equal(nextRetryDelayMs(2), 120_000);
  assert.equal(nextRetryDelayMs(4), 480_000);
  assert.equal(nextRetryDelayMs(MAX_MAIL_ATTEMPTS + 20), 360 * 60_000);
});
