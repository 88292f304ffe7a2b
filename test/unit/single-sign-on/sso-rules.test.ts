import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emailVerified, groupsClaim, issuerProblem, rolesAfterSignIn } from '../../../src/domain/single-sign-on/sso-rules.js';

const mapping = [
  { group: 'mp-coordinatoren', role: 'coordinator' as const },
  { group: 'mp-beheer', role: 'admin' as const },
];

test('a group grants its mapped role; no group, no role for a new account', () => {
  assert.deepEqual(rolesAfterSignIn([], mapping, ['mp-coordinatoren', 'other']), ['coordinator']);
  assert.deepEqual(rolesAfterSignIn([], mapping, ['other']), []);
  assert.deepEqual(rolesAfterSignIn([], [], ['mp-coordinatoren']), []);
});

test('mapped roles follow the groups; roles the mapping never names stay', () => {
  assert.deepEqual(rolesAfterSignIn(['coordinator', 'mediator'], mapping, []), ['mediator']);
  assert.deepEqual(rolesAfterSignIn(['mediator'], mapping, ['mp-beheer']), ['admin', 'mediator']);
  assert.deepEqual(rolesAfterSignIn(['finance', 'bogus'], mapping, ['mp-coordinatoren']), ['coordinator', 'finance']);
});

test('issuers: https anywhere, http only on this machine, no query', () => {
  assert.equal(issuerProblem('https://login.gemeente.nl/realms/mp'), null);
  assert.equal(issuerProblem('http://127.0.0.1:4000'), null);
  assert.equal(issuerProblem('http://localhost:4000/oidc'), null);
  assert.equal(issuerProblem('http://login.gemeente.nl'), 'not-https');
  assert.equal(issuerProblem('http://127.0.0.2'), 'not-https');
  assert.equal(issuerProblem('https://login.gemeente.nl/?x=1'), 'has-query');
  assert.equal(issuerProblem('ftp://x'), 'not-a-url');
  assert.equal(issuerProblem('login.gemeente.nl'), 'not-a-url');
});

test('claims: groups as array or string; email_verified only when true', () => {
  assert.deepEqual(groupsClaim({ groups: ['a', 1, 'b'] }, 'groups'), ['a', 'b']);
  assert.deepEqual(groupsClaim({ roles: 'a' }, 'roles'), ['a']);
  assert.deepEqual(groupsClaim({}, 'groups'), []);
  assert.equal(emailVerified({ email_verified: true }), true);
  assert.equal(emailVerified({ email_verified: 'true' }), true);
  assert.equal(emailVerified({ email_verified: false }), false);
  assert.equal(emailVerified({}), false);
});
