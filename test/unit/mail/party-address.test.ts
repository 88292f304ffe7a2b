import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { maskAddress, outboxRecipient } from '../../../src/domain/mail/party-address.js';

describe('a party’s address in the outbox view', () => {
  test('keeps the first letter and the domain, hides the rest', () => {
    assert.equal(maskAddress('sanne.de.vries@example.org'), 's•••@example.org');
    assert.equal(maskAddress('a@b.nl'), 'a•••@b.nl');
    assert.equal(maskAddress('"x@y"@example.org'), '"•••@example.org');
  });
  test('something that is not an address is hidden whole', () => {
    assert.equal(maskAddress('geen-adres'), '•••');
    assert.equal(maskAddress('@example.org'), '•••');
  });
  test('only mail to parties is masked; a pool user’s address stays readable for the administrator', () => {
    assert.equal(outboxRecipient('matching.consent-request', 'sanne@example.org'), 's•••@example.org');
    assert.equal(outboxRecipient('satisfaction-survey', 'sanne@example.org'), 's•••@example.org');
    assert.equal(outboxRecipient('password-reset', 'hans@meppel.nl'), 'hans@meppel.nl');
  });
});
