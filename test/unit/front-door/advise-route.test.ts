import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adviseRoute, objectionDates, type FrontDoorAdvice } from '../../../src/domain/front-door/advise-route.js';
import type { FrontDoorAnswers } from '../../../src/domain/front-door/questionnaire.js';
import { publicStatusOf } from '../../../src/domain/front-door/public-status.js';
import { countInWindow, monthOf } from '../../../src/domain/front-door/fixed-window.js';

const today = '2026-12-06';
const base: FrontDoorAnswers = { askerRole: 'resident', conflictWith: 'employer_or_colleague', tried: [], contraIndications: [] };
const advise = (a: Partial<FrontDoorAnswers>, inPool = true): FrontDoorAdvice => {
  const r = adviseRoute({ ...base, ...a }, { municipalityInPool: inPool, today });
  assert.ok(r.ok, 'advice expected');
  return r.value;
};

describe('front door routing', () => {
  test('employer or colleague at a pool municipality: the pool mediation, with a self-referral', () => {
    const a = advise({ askerRole: 'employee' });
    assert.equal(a.route, 'pool_mediation');
    assert.equal(a.selfReferral, true);
    assert.deepEqual(a.reasons, ['pool_serves_municipality']);
    assert.ok(a.alternatives.includes('independent_mediator'));
  });

  test('employer outside any pool: an independent registered mediator, no self-referral', () => {
    const a = advise({ askerRole: 'manager' }, false);
    assert.equal(a.route, 'independent_mediator');
    assert.equal(a.selfReferral, false);
    assert.ok(!a.alternatives.includes('independent_mediator'), 'not offered twice');
  });

  test('municipality as government, not yet in touch with the department: the informal approach first', () => {
    const a = advise({ conflictWith: 'municipality_government' });
    assert.equal(a.route, 'informal_approach');
    assert.equal(a.selfReferral, true, "the pool's process facilitator gives the informal approach a face");
    assert.deepEqual(a.alternatives, ['pool_mediation', 'legal_advice', 'independent_mediator']);
  });

  test('municipality as government, department already called: the pool mediation', () => {
    const a = advise({ conflictWith: 'municipality_government', tried: ['contact_with_department'] });
    assert.equal(a.route, 'pool_mediation');
    assert.equal(a.selfReferral, true);
  });

  test('municipality as government outside any pool: informal approach, then an independent mediator; never a self-referral', () => {
    assert.equal(advise({ conflictWith: 'municipality_government' }, false).route, 'informal_approach');
    assert.equal(advise({ conflictWith: 'municipality_government' }, false).selfReferral, false);
    assert.equal(advise({ conflictWith: 'municipality_government', tried: ['contact_with_department'] }, false).route, 'independent_mediator');
  });

  test('a neighbour: neighbourhood mediation; someone else: an independent mediator; neither is the pool', () => {
    const n = advise({ conflictWith: 'neighbour' });
    assert.equal(n.route, 'neighbourhood_mediation');
    assert.equal(n.selfReferral, false);
    assert.ok(n.alternatives.includes('independent_mediator'));
    const o = advise({ conflictWith: 'someone_else' });
    assert.equal(o.route, 'independent_mediator');
    assert.equal(o.selfReferral, false);
  });

  test('every advice offers an independent registered mediator', () => {
    for (const conflictWith of ['employer_or_colleague', 'municipality_government', 'neighbour', 'someone_else'] as const) {
      for (const contraIndications of [[], ['violence_or_threats'], ['addiction', 'discrimination']] as const) {
        for (const inPool of [true, false]) {
          const a = advise({ conflictWith, contraIndications }, inPool);
          assert.ok(a.route === 'independent_mediator' || a.alternatives.includes('independent_mediator'), `${conflictWith} ${contraIndications.join()} ${inPool}`);
        }
      }
    }
  });
});

describe('front door contra-indications', () => {
  const cases = [
    ['violence_or_threats', 'police_or_veilig_thuis', 'safety_first'],
    ['acute_psychiatric_crisis', 'crisis_help', 'acute_crisis'],
    ['court_case_running', 'legal_advice', 'court_case_running'],
    ['discrimination', 'discrimination_desk', 'discrimination'],
    ['addiction', 'care_first', 'addiction'],
  ] as const;
  for (const [sign, route, reason] of cases) {
    test(`${sign} leads to ${route}, never to the pool's intake`, () => {
      const a = advise({ contraIndications: [sign] });
      assert.equal(a.route, route);
      assert.equal(a.reasons[0], reason);
      assert.equal(a.selfReferral, false);
    });
  }

  test('threats come before everything else; the other signs become alternatives', () => {
    const a = advise({ conflictWith: 'neighbour', contraIndications: ['addiction', 'violence_or_threats', 'discrimination'] });
    assert.equal(a.route, 'police_or_veilig_thuis');
    assert.deepEqual(a.reasons, ['safety_first', 'discrimination', 'addiction']);
    assert.deepEqual(a.alternatives, ['discrimination_desk', 'care_first', 'independent_mediator']);
  });
});

describe('front door objection dates (Awb)', () => {
  test('a decision of Monday 2 November 2026: object until 14 December; decision by 26 January 2027, 8 March 2027 with a committee', () => {
    const r = objectionDates('2026-11-02', today);
    assert.ok(r.ok);
    assert.equal(r.value.lastDayToObject, '2026-12-14');
    assert.equal(r.value.stillOpen, true);
    assert.equal(r.value.decisionDueOn, '2027-01-25');
    assert.equal(r.value.decisionDueWithCommitteeOn, '2027-03-08');
  });

  test('the dates come with the advice for a decision; a passed term is named', () => {
    const a = advise({ conflictWith: 'municipality_government', aboutDecision: true, decisionDate: '2026-09-01' });
    assert.equal(a.objection?.stillOpen, false);
    assert.ok(a.reasons.includes('objection_term_passed'));
    assert.equal(advise({ conflictWith: 'neighbour', aboutDecision: true, decisionDate: '2026-09-01' }).objection, null);
  });

  test('a decision date in the future is refused', () => {
    const r = adviseRoute({ ...base, conflictWith: 'municipality_government', aboutDecision: true, decisionDate: '2027-01-10' }, { municipalityInPool: true, today });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'date_in_future');
  });
});

describe('front door status words and limits', () => {
  test('received until triage is done, in progress while matched and mediated, finished at the end', () => {
    assert.equal(publicStatusOf('registered'), 'received');
    assert.equal(publicStatusOf('triage'), 'received');
    assert.equal(publicStatusOf('matching'), 'in_progress');
    assert.equal(publicStatusOf('in_progress'), 'in_progress');
    assert.equal(publicStatusOf('aftercare'), 'finished');
    assert.equal(publicStatusOf('referred'), 'finished');
  });

  test('a fixed window allows the limit, refuses the next, and starts again after the window', () => {
    let state;
    for (let i = 0; i < 3; i++) {
      const d = countInWindow(state, 1000 + i, 3, 60_000);
      assert.equal(d.allowed, true);
      state = d.state;
    }
    const refused = countInWindow(state, 2000, 3, 60_000);
    assert.equal(refused.allowed, false);
    assert.equal(refused.retryAfterSeconds, 59);
    assert.equal(countInWindow(refused.state, 61_000, 3, 60_000).allowed, true);
  });

  test('counts keep the month only', () => {
    assert.equal(monthOf('2026-12-06'), '2026-12-01');
  });
});
