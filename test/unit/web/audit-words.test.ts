import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { auditNl } from '../../../src/web/features/audit/i18n-nl.js';
import { auditEn } from '../../../src/web/features/audit/i18n-en.js';
import { describeAuditAction, describeAuditObject } from '../../../src/web/features/audit/audit-words.js';

/** Every TypeScript file of the server, to read which actions and object types it writes. */
function serverSources(dir = 'src/server'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return serverSources(full);
    return full.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}

const sources = serverSources();
const literals = (field: string) => [...new Set(sources.flatMap((s) => [...s.matchAll(new RegExp(`${field}: '([a-z][a-z0-9_./-]*)'`, 'g'))].map((m) => m[1]!)))].sort();
/** Audit writes: `writeAudit(…, { action: '…' })` and case events share the key, so only dotted codes and the few single words. */
const actions = literals('action').filter((a) => a.includes('.') || ['login', 'logout', 'deny'].includes(a));
const objectTypes = literals('objectType');
/** Reads the personal-data hook records for a route: the object named by its path parameter. */
const routeReadObjects = ['case', 'hour-entry', 'proposal', 'session', 'settlement', 'user', 'audit-events', 'hours/approval-queue'];

for (const [language, words] of [['Dutch', auditNl], ['English', auditEn]] as const) {
  describe(`the audit log in words (${language})`, () => {
    test('the server writes a known set of actions (the scan finds them)', () => {
      assert.ok(actions.length > 80, `found ${actions.length}`);
      assert.ok(actions.includes('hours.approve') && actions.includes('user.list') && actions.includes('demo.seed-registry'));
    });

    test('every action the server writes has words of its own, not a code', () => {
      const missing = actions.filter((a) => !words.actions[a]);
      assert.deepEqual(missing, [], 'add these to the audit catalogues (features/audit/i18n-nl.ts and i18n-en.ts)');
      for (const a of actions) assert.doesNotMatch(describeAuditAction(a, words), /[a-z]\.[a-z]/, a);
    });

    test('every object type the server writes has a name', () => {
      const missing = [...objectTypes, ...routeReadObjects].filter((o) => !words.objectTypes[o]);
      assert.deepEqual(missing, []);
    });

    test('a read recorded by a route says what was viewed', () => {
      for (const o of routeReadObjects) {
        const text = describeAuditAction(`${o}.read`, words);
        assert.notEqual(text, words.otherAction, o);
        assert.ok(text.startsWith(words.objectTypes[o]!) || text.startsWith(words.mediationSession), `${o}: ${text}`);
      }
    });

    test('a mediation session is not a sign-in session', () => {
      assert.equal(describeAuditObject('session.plan', 'session', words), words.mediationSession);
      assert.equal(describeAuditObject('login', 'session', words), words.objectTypes.session);
      assert.equal(describeAuditAction('session.read', words), words.readOf(words.mediationSession));
    });

    test('an action or object without words is named as such, never by its code', () => {
      assert.equal(describeAuditAction('future.thing', words), words.otherAction);
      assert.equal(describeAuditObject('future.thing', 'future-thing', words), words.otherObject);
    });
  });
}
