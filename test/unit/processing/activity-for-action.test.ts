import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { activityForAction } from '../../../src/domain/processing/activity-for-action.js';
import { DEFAULT_ACTIVITY_CODE, STANDARD_ACTIVITIES, STANDARD_ACTIVITY_CODES } from '../../../src/domain/processing/activities.js';
import { dataSubjectOf } from '../../../src/domain/processing/data-subject.js';

/** The actions the server writes, found in its code the way the audit-words test finds them. */
function serverSources(dir = 'src/server'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return serverSources(full);
    return full.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}
const actions = [...new Set(serverSources().flatMap((s) => [...s.matchAll(/action: '([a-z][a-z0-9_./-]*)'/g)].map((m) => m[1]!)))]
  .filter((a) => a.includes('.') || ['login', 'logout', 'deny', 'invite'].includes(a))
  .sort();
/** Reads the personal-data hook records for a route (`<object>.read`, from the route's path). */
const routeReads = ['case.read', 'hour-entry.read', 'proposal.read', 'session.read', 'settlement.read', 'user.read', 'audit-events.read', 'hours/approval-queue.read'];

describe('every audited action refers to a processing activity', () => {
  test('the scan finds the server’s actions', () => {
    assert.ok(actions.length > 80, `found ${actions.length}`);
  });

  test('no action the server writes falls to "nog niet ingedeeld"', () => {
    // Fails on purpose for a new action in a new area: add the area (or the action) to
    // src/domain/processing/activity-for-action.ts, so the processing log names its activity.
    const unmapped = [...actions, ...routeReads].filter((a) => activityForAction(a) === DEFAULT_ACTIVITY_CODE);
    assert.deepEqual(unmapped, [], `map these in src/domain/processing/activity-for-action.ts:\n  ${unmapped.join('\n  ')}`);
  });

  test('areas, exact actions and purposes', () => {
    assert.equal(activityForAction('case.triage'), 'zaakbehandeling');
    assert.equal(activityForAction('case.survey-invited'), 'kwaliteit');
    assert.equal(activityForAction('hours/approval-queue.read'), 'uren-en-verrekening');
    assert.equal(activityForAction('login'), 'beveiligingslogging');
    assert.equal(activityForAction('csv-import.municipalities'), 'poolbeheer');
    assert.equal(activityForAction('csv-import.mediators'), 'registerbeheer');
    assert.equal(activityForAction('unknown-area.read', 'verrekening'), 'uren-en-verrekening');
    assert.equal(activityForAction('unknown-area.read'), DEFAULT_ACTIVITY_CODE);
    assert.equal(activityForAction('knowledge-article.create'), 'gemeenschap', 'first word of the area');
    assert.equal(activityForAction('case-discussion.post.create'), 'gemeenschap', 'not a case');
  });

  test('every standard activity has all register fields filled in, and a code the log can hold', () => {
    for (const code of STANDARD_ACTIVITY_CODES) {
      assert.match(code, /^[a-z0-9][a-z0-9-]{0,59}$/);
      for (const [field, value] of Object.entries(STANDARD_ACTIVITIES[code])) assert.ok(value.length > 3, `${code}.${field}`);
    }
  });
});

describe('the data subject of an audited action', () => {
  test('a person, or a case for its parties, by reference only', () => {
    assert.deepEqual(dataSubjectOf('party', 'p1'), { type: 'party', id: 'p1' });
    assert.deepEqual(dataSubjectOf('case', 'c1'), { type: 'case', id: 'c1' });
    assert.equal(dataSubjectOf('hour-entry', 'h1'), null);
    assert.equal(dataSubjectOf('user', null), null);
  });
});
