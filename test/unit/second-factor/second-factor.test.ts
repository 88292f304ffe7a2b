import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatRecoveryCode,
  looksLikeTotpCode,
  mustUseSecondFactor,
  normaliseRecoveryCode,
  recoveryCodeFromBytes,
  RECOVERY_CODE_ALPHABET,
  secondFactorStatus,
  secondFactorWait,
  SECOND_FACTOR_MAX_FAILURES,
  SECOND_FACTOR_WINDOW_MINUTES,
  totpStepReused,
} from '../../../src/domain/second-factor/second-factor.js';

test('admin, coordinator and finance must use a second factor when the pool asks; others never must', () => {
  assert.equal(mustUseSecondFactor(['admin'], true), true);
  assert.equal(mustUseSecondFactor(['coordinator', 'mediator'], true), true);
  assert.equal(mustUseSecondFactor(['finance'], true), true);
  assert.equal(mustUseSecondFactor(['mediator', 'contact'], true), false);
  assert.equal(mustUseSecondFactor(['admin'], false), false);
  assert.equal(mustUseSecondFactor([], true), false);
});

test('a session passed, must verify, must enrol, or needs nothing', () => {
  assert.equal(secondFactorStatus({ passed: true, enrolled: false, required: true }), 'passed');
  assert.equal(secondFactorStatus({ passed: false, enrolled: true, required: false }), 'verify');
  assert.equal(secondFactorStatus({ passed: false, enrolled: true, required: true }), 'verify');
  assert.equal(secondFactorStatus({ passed: false, enrolled: false, required: true }), 'enrol');
  assert.equal(secondFactorStatus({ passed: false, enrolled: false, required: false }), 'not-required');
});

test('a TOTP step is used once: the same or an earlier step is a reuse', () => {
  assert.equal(totpStepReused(100, null), false);
  assert.equal(totpStepReused(101, 100), false);
  assert.equal(totpStepReused(100, 100), true);
  assert.equal(totpStepReused(99, 100), true);
});

test('TOTP codes are six digits; spaces as apps show them are allowed', () => {
  assert.equal(looksLikeTotpCode('123456'), true);
  assert.equal(looksLikeTotpCode('123 456'), true);
  assert.equal(looksLikeTotpCode('12345'), false);
  assert.equal(looksLikeTotpCode('12345a'), false);
});

test('recovery codes: ten characters without look-alikes, written with a dash, compared without', () => {
  const code = recoveryCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 255]));
  assert.equal(code.length, 10);
  for (const c of code) assert.ok(RECOVERY_CODE_ALPHABET.includes(c));
  assert.ok(!/[01ilo]/.test(RECOVERY_CODE_ALPHABET));
  assert.equal(normaliseRecoveryCode(formatRecoveryCode(code).toUpperCase()), code);
  assert.throws(() => recoveryCodeFromBytes(new Uint8Array(3)));
});

test('second-step throttle: the fifth failure within the window makes the next try wait until the oldest leaves it', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const ago = (m: number) => new Date(now.getTime() - m * 60_000);
  const four = [ago(10), ago(8), ago(6), ago(4)];
  assert.equal(secondFactorWait(four, now), 0);
  const five = [...four, ago(1)];
  assert.equal(SECOND_FACTOR_MAX_FAILURES, 5);
  assert.equal(secondFactorWait(five, now), (SECOND_FACTOR_WINDOW_MINUTES - 10) * 60);
  // Failures outside the window no longer count.
  assert.equal(secondFactorWait([ago(20), ago(18), ...four], now), 0);
});

test('a device from its user agent: browser and system, or nothing when unknown', async () => {
  const { deviceFromUserAgent } = await import('../../../src/domain/second-factor/user-agent.js');
  assert.equal(
    deviceFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0'),
    'Edge, Windows',
  );
  assert.equal(deviceFromUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0'), 'Firefox, Linux');
  assert.equal(deviceFromUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1'), 'Safari, iOS');
  assert.equal(deviceFromUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 Chrome/120.0 Safari/537.36'), 'Chrome, macOS');
  assert.equal(deviceFromUserAgent('curl/8.0'), null);
  assert.equal(deviceFromUserAgent(null), null);
});
