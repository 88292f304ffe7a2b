import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACCOUNT_WINDOW_MINUTES,
  KNOWN_ADDRESS_DAYS,
  LOGIN_WINDOW_MINUTES,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_PAIR,
  countingStarts,
  passwordAttemptWait,
  type PasswordAttemptHistory,
} from '../../../src/domain/login-throttle.js';
import { checkPassword, PASSWORD_MIN_LENGTH } from '../../../src/domain/password-rules.js';
import { MAX_MAIL_ATTEMPTS, nextRetryDelayMs } from '../../../src/domain/retry-backoff.js';

const now = new Date('2026-11-22T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const none = { failures: 0, oldest: null };
const history = (h: Partial<PasswordAttemptHistory>): PasswordAttemptHistory => ({ pair: none, address: none, account: none, knownAddress: false, ...h });

test('an account and address pair locks at exactly its limit, not one before, until the window has passed', () => {
  assert.deepEqual(passwordAttemptWait(history({ pair: { failures: MAX_FAILURES_PER_PAIR - 1, oldest: minutesAgo(1) } }), now), { seconds: 0, limit: null });
  assert.deepEqual(passwordAttemptWait(history({ pair: { failures: MAX_FAILURES_PER_PAIR, oldest: minutesAgo(1) } }), now), {
    seconds: (LOGIN_WINDOW_MINUTES - 1) * 60,
    limit: 'pair',
  });
});

test('an address locks for every account at its own, higher limit', () => {
  assert.equal(passwordAttemptWait(history({ address: { failures: MAX_FAILURES_PER_ADDRESS - 1, oldest: minutesAgo(2) } }), now).seconds, 0);
  assert.deepEqual(passwordAttemptWait(history({ address: { failures: MAX_FAILURES_PER_ADDRESS, oldest: minutesAgo(2) } }), now), {
    seconds: (LOGIN_WINDOW_MINUTES - 2) * 60,
    limit: 'address',
  });
  assert.ok(MAX_FAILURES_PER_ADDRESS > MAX_FAILURES_PER_PAIR);
});

test('failures from every address together slow an account down, over a longer window and a much higher limit', () => {
  assert.ok(MAX_FAILURES_PER_ACCOUNT >= 10 * MAX_FAILURES_PER_PAIR && ACCOUNT_WINDOW_MINUTES > LOGIN_WINDOW_MINUTES);
  assert.equal(passwordAttemptWait(history({ account: { failures: MAX_FAILURES_PER_ACCOUNT - 1, oldest: minutesAgo(5) } }), now).seconds, 0);
  assert.deepEqual(passwordAttemptWait(history({ account: { failures: MAX_FAILURES_PER_ACCOUNT, oldest: minutesAgo(5) } }), now), {
    seconds: (ACCOUNT_WINDOW_MINUTES - 5) * 60,
    limit: 'account',
  });
});

test('the account-wide limit never holds at an address the account signed in from before; the pair and address limits do', () => {
  const sprayed = { failures: MAX_FAILURES_PER_ACCOUNT * 3, oldest: minutesAgo(1) };
  assert.equal(passwordAttemptWait(history({ account: sprayed, knownAddress: true }), now).seconds, 0);
  assert.equal(passwordAttemptWait(history({ account: sprayed, knownAddress: true, pair: { failures: MAX_FAILURES_PER_PAIR, oldest: minutesAgo(1) } }), now).limit, 'pair');
  assert.equal(passwordAttemptWait(history({ account: sprayed, knownAddress: true, address: { failures: MAX_FAILURES_PER_ADDRESS, oldest: minutesAgo(1) } }), now).limit, 'address');
});

test('when several limits hold, the longest wait is the answer', () => {
  const wait = passwordAttemptWait(
    history({ pair: { failures: MAX_FAILURES_PER_PAIR, oldest: minutesAgo(10) }, account: { failures: MAX_FAILURES_PER_ACCOUNT, oldest: minutesAgo(10) } }),
    now,
  );
  assert.deepEqual(wait, { seconds: (ACCOUNT_WINDOW_MINUTES - 10) * 60, limit: 'account' });
});

test('a wait never reports zero seconds while it holds', () => {
  assert.equal(passwordAttemptWait(history({ pair: { failures: 9, oldest: minutesAgo(LOGIN_WINDOW_MINUTES) } }), now).seconds, 1);
  assert.equal(passwordAttemptWait(history({ account: { failures: 99, oldest: minutesAgo(ACCOUNT_WINDOW_MINUTES) } }), now).seconds, 1);
});

test('a success from an address starts that pair\'s count again; the other counts keep their windows', () => {
  const quiet = countingStarts(now, null);
  assert.deepEqual(quiet, {
    pair: minutesAgo(LOGIN_WINDOW_MINUTES),
    address: minutesAgo(LOGIN_WINDOW_MINUTES),
    account: minutesAgo(ACCOUNT_WINDOW_MINUTES),
    knownSince: minutesAgo(KNOWN_ADDRESS_DAYS * 24 * 60),
  });
  assert.deepEqual(countingStarts(now, minutesAgo(3)).pair, minutesAgo(3));
  assert.deepEqual(countingStarts(now, minutesAgo(LOGIN_WINDOW_MINUTES + 1)).pair, minutesAgo(LOGIN_WINDOW_MINUTES), 'an old success changes nothing');
  assert.deepEqual(countingStarts(now, minutesAgo(3)).account, minutesAgo(ACCOUNT_WINDOW_MINUTES));
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
