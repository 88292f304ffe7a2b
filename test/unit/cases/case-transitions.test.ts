import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_ACTOR, userActor, type ActorContext, type CaseCapacity } from '../../../src/domain/cases/actor-context.js';
import { CASE_STATUSES, type CaseStatus } from '../../../src/domain/cases/case-status.js';
import { TRANSITIONS } from '../../../src/domain/cases/transition-table.js';
import {
  MAX_REASON_LENGTH,
  allowedTransitions,
  checkTransition,
} from '../../../src/domain/cases/case-transitions.js';

const C: CaseCapacity = 'coordinator';
const R: CaseCapacity = 'referrer';
const M: CaseCapacity = 'assigned_mediator';
const S: CaseCapacity = 'system';

/** The lifecycle as specified, written out independently of the implementation's table. */
const EXPECTED: ReadonlyArray<[CaseStatus, CaseStatus, readonly CaseCapacity[], boolean]> = [
  ['registered', 'triage', [C], false],
  ['triage', 'matching', [C], false],
  ['matching', 'proposed', [S], false],
  ['proposed', 'assigned', [S], false],
  ['proposed', 'matching', [S, C], true],
  ['assigned', 'matching', [C], true],
  ['assigned', 'in_progress', [C, M], false],
  ['in_progress', 'concluded', [C, M], false],
  ['concluded', 'in_progress', [C], true],
  ['concluded', 'aftercare', [C, M], false],
  ['concluded', 'closed', [C], true],
  ['aftercare', 'closed', [C], false],
  ['registered', 'withdrawn', [C, R], true],
  ['triage', 'withdrawn', [C, R], true],
  ['matching', 'withdrawn', [C, R], true],
  ['proposed', 'withdrawn', [C, R], true],
  ['assigned', 'withdrawn', [C], true],
  ['in_progress', 'withdrawn', [C], true],
  ['concluded', 'withdrawn', [C], true],
  ['aftercare', 'withdrawn', [C], true],
  ['registered', 'referred', [C], true],
  ['triage', 'referred', [C], true],
  ['matching', 'referred', [C], true],
  ['proposed', 'referred', [C], true],
  ['assigned', 'referred', [C], true],
  ['in_progress', 'referred', [C], true],
  ['concluded', 'referred', [C], true],
  ['aftercare', 'referred', [C], true],
];

/** Actor profiles and the capacities each one really has on the case. */
const PROFILES: ReadonlyArray<{ name: string; actor: ActorContext; has: readonly CaseCapacity[] }> = [
  { name: 'coordinator', actor: userActor(['coordinator']), has: [C] },
  { name: 'referring contact', actor: userActor(['contact'], { isCaseReferrer: true }), has: [R] },
  { name: 'other contact', actor: userActor(['contact']), has: [] },
  { name: 'assigned mediator', actor: userActor(['mediator'], { isAssignedMediator: true }), has: [M] },
  { name: 'other mediator', actor: userActor(['mediator']), has: [] },
  { name: 'admin', actor: userActor(['admin']), has: [] },
  { name: 'finance', actor: userActor(['finance']), has: [] },
  { name: 'system', actor: SYSTEM_ACTOR, has: [S] },
  // Relationship flags without the matching role grant nothing.
  { name: 'flags without roles', actor: userActor(['finance', 'admin'], { isCaseReferrer: true, isAssignedMediator: true }), has: [] },
  { name: 'no roles at all', actor: userActor([], { isCaseReferrer: true, isAssignedMediator: true }), has: [] },
  // A coordinator who is also the assigned mediator has both capacities.
  { name: 'coordinator-mediator', actor: userActor(['coordinator', 'mediator'], { isAssignedMediator: true }), has: [C, M] },
];

const expectedRule = (from: CaseStatus, to: CaseStatus) => EXPECTED.find(([f, t]) => f === from && t === to);

describe('the transition table', () => {
  test('has exactly the specified transitions', () => {
    const actual = TRANSITIONS.map((t) => `${t.from}→${t.to} by ${[...t.by].sort().join(',')} reason:${t.reasonRequired}`).sort();
    const expected = EXPECTED.map(([f, t, by, r]) => `${f}→${t} by ${[...by].sort().join(',')} reason:${r}`).sort();
    assert.deepEqual(actual, expected);
    assert.equal(TRANSITIONS.length, 28);
  });

  test('every transition has a Dutch button label', () => {
    for (const t of TRANSITIONS) assert.match(t.label, /^[A-Z][a-z]/, `${t.from}→${t.to}`);
    assert.equal(TRANSITIONS.find((t) => t.from === 'concluded' && t.to === 'in_progress')?.label, 'Heropenen');
  });

  test('the table cannot be changed at run time', () => {
    assert.throws(() => (TRANSITIONS as unknown as unknown[]).push({}));
    const first = TRANSITIONS[0]!;
    assert.throws(() => {
      (first as { reasonRequired: boolean }).reasonRequired = true;
    });
  });
});

describe('checkTransition: every specified transition, for every kind of actor', () => {
  for (const [from, to, by, reasonRequired] of EXPECTED) {
    test(`${from} → ${to}`, () => {
      for (const p of PROFILES) {
        const may = p.has.some((c) => by.includes(c));
        const withReason = checkTransition(from, to, p.actor, '  Partijen willen niet verder.  ');
        if (!may) {
          assert.equal(withReason.ok, false, `${p.name} must be refused`);
          assert.equal(!withReason.ok && withReason.error.code, 'not_allowed_for_actor', p.name);
          continue;
        }
        assert.ok(withReason.ok, `${p.name} must be allowed`);
        assert.equal(withReason.value.reason, 'Partijen willen niet verder.');
        assert.equal(withReason.value.rule.to, to);

        for (const missing of [undefined, null, '', '   \n\t']) {
          const r = checkTransition(from, to, p.actor, missing);
          if (reasonRequired) {
            assert.equal(!r.ok && r.error.code, 'reason_required', `${p.name} without reason`);
            assert.equal(!r.ok && r.error.field, 'reason');
          } else {
            assert.ok(r.ok, `${p.name} needs no reason`);
            assert.equal(r.value.reason, null);
          }
        }
      }
    });
  }
});

describe('checkTransition: refusals', () => {
  test('every pair not in the table is illegal, for every actor, before anything else is checked', () => {
    let illegal = 0;
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        if (expectedRule(from, to)) continue;
        illegal += 1;
        for (const p of PROFILES) {
          const r = checkTransition(from, to, p.actor, 'reden');
          assert.equal(!r.ok && r.error.code, 'illegal_transition', `${from}→${to} by ${p.name}`);
        }
      }
    }
    assert.equal(illegal, 11 * 11 - 28);
  });

  test('final statuses have no way out, not even for a coordinator', () => {
    for (const from of ['closed', 'withdrawn', 'referred'] as const) {
      assert.deepEqual(allowedTransitions(from, userActor(['coordinator'])), []);
    }
    const r = checkTransition('closed', 'in_progress', userActor(['coordinator']), 'heropenen');
    assert.equal(!r.ok && r.error.code, 'illegal_transition');
  });

  test('the referrer may not withdraw once a mediator is assigned', () => {
    const referrer = userActor(['contact'], { isCaseReferrer: true });
    assert.ok(checkTransition('proposed', 'withdrawn', referrer, 'Opgelost').ok);
    const r = checkTransition('assigned', 'withdrawn', referrer, 'Opgelost');
    assert.equal(!r.ok && r.error.code, 'not_allowed_for_actor');
  });

  test('unknown statuses are illegal, and the message is Dutch', () => {
    const r = checkTransition('registered' as CaseStatus, 'archived' as CaseStatus, userActor(['coordinator']));
    assert.equal(!r.ok && r.error.code, 'illegal_transition');
    const r2 = checkTransition('closed', 'triage', userActor(['coordinator']));
    assert.equal(!r2.ok && r2.error.message, 'Een zaak kan niet van Gesloten naar In triage gaan.');
  });

  test('a reason that is too long is refused', () => {
    const coordinator = userActor(['coordinator']);
    assert.ok(checkTransition('triage', 'withdrawn', coordinator, 'x'.repeat(MAX_REASON_LENGTH)).ok);
    const r = checkTransition('triage', 'withdrawn', coordinator, 'x'.repeat(MAX_REASON_LENGTH + 1));
    assert.equal(!r.ok && r.error.code, 'reason_too_long');
  });

  test('an optional reason is kept when given', () => {
    const r = checkTransition('registered', 'triage', userActor(['coordinator']), 'Spoed');
    assert.ok(r.ok);
    assert.equal(r.value.reason, 'Spoed');
  });
});

describe('allowedTransitions (what the UI offers)', () => {
  test('concrete examples', () => {
    const to = (s: CaseStatus, a: ActorContext) => allowedTransitions(s, a).map((t) => t.to);
    const coordinator = userActor(['coordinator']);
    const referrer = userActor(['contact'], { isCaseReferrer: true });
    const mediator = userActor(['mediator'], { isAssignedMediator: true });
    assert.deepEqual(to('registered', coordinator), ['triage', 'withdrawn', 'referred']);
    assert.deepEqual(to('registered', referrer), ['withdrawn']);
    assert.deepEqual(to('registered', mediator), []);
    assert.deepEqual(to('matching', coordinator), ['withdrawn', 'referred']);
    assert.deepEqual(to('matching', SYSTEM_ACTOR), ['proposed']);
    assert.deepEqual(to('proposed', SYSTEM_ACTOR), ['assigned', 'matching']);
    assert.deepEqual(to('assigned', mediator), ['in_progress']);
    assert.deepEqual(to('assigned', referrer), []);
    assert.deepEqual(to('in_progress', mediator), ['concluded']);
    assert.deepEqual(to('concluded', mediator), ['aftercare']);
    assert.deepEqual(to('concluded', coordinator), ['in_progress', 'aftercare', 'closed', 'withdrawn', 'referred']);
    assert.deepEqual(to('aftercare', coordinator), ['closed', 'withdrawn', 'referred']);
    assert.deepEqual(to('in_progress', userActor(['admin'])), []);
  });

  test('offers exactly what checkTransition approves, for every status and actor', () => {
    for (const status of CASE_STATUSES) {
      for (const p of PROFILES) {
        const offered = allowedTransitions(status, p.actor).map((t) => t.to).sort();
        const approved = CASE_STATUSES.filter((to) => checkTransition(status, to, p.actor, 'reden').ok).sort();
        assert.deepEqual(offered, approved, `${status} for ${p.name}`);
      }
    }
  });
});
