import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactLines } from '../../../src/server/mail/templates/contact-lines.js';
import { consentRequestMail } from '../../../src/server/mail/templates/matching-task-mail.js';
import { satisfactionSurveyMail } from '../../../src/server/mail/templates/satisfaction-survey-mail.js';

/** Parties get mail from a no-reply address and have no account: the mail says where to turn. */
test('the pool’s contact in mails to parties: address, number, both or nothing', () => {
  assert.deepEqual(contactLines({ email: null, phone: null }), []);
  assert.deepEqual(contactLines(undefined), []);
  assert.match(contactLines({ email: 'a@b.example', phone: null }).join('\n'), /Vragen\? Neem contact op met de coördinator van de pool: a@b\.example\.$/);
  assert.match(contactLines({ email: null, phone: '0522 123 456' }).join('\n'), /: telefoon 0522 123 456\.$/);
  assert.match(contactLines({ email: 'a@b.example', phone: '0522 123 456' }).join('\n'), /: a@b\.example of telefoon 0522 123 456\.$/);

  const contact = { email: 'coordinatie@meppel.example', phone: '0522 123 456' };
  const consent = consentRequestMail({ partyName: 'A', poolName: 'Pool', mediatorNames: ['B'], hasDisclosure: false, link: 'https://x/instemming/t', expiresAt: new Date('2026-12-01T12:00:00Z'), contact });
  assert.match(consent.text, /coordinatie@meppel\.example of telefoon 0522 123 456/);
  assert.ok(consent.text.indexOf('coordinatie@') > consent.text.indexOf('https://x/instemming/t'), 'after the link, before the greeting');
  assert.match(satisfactionSurveyMail({ poolName: 'Pool', link: 'https://x/t', contact }).text, /coordinatie@meppel\.example/);
  assert.doesNotMatch(satisfactionSurveyMail({ poolName: 'Pool', link: 'https://x/t' }).text, /Vragen\?/);
});
