import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { decideTriage, type TriageInput, type TriageIssueCode } from '../../../src/domain/cases/decide-triage.js';
import {
  CONTRA_INDICATIONS,
  CONTRA_INDICATION_LABELS,
  isContraIndication,
} from '../../../src/domain/cases/contra-indications.js';
import {
  POOL_ROUTES,
  TRIAGE_ROUTES,
  TRIAGE_ROUTE_LABELS,
  isPoolRoute,
  isTriageRoute,
  statusAfterTriage,
} from '../../../src/domain/cases/triage-routes.js';
import { checkTransition } from '../../../src/domain/cases/case-transitions.js';
import { userActor } from '../../../src/domain/cases/actor-context.js';

function refusal(input: TriageInput): { code: TriageIssueCode; field: string | undefined } {
  const r = decideTriage(input);
  if (r.ok) assert.fail(`expected a refusal, got ${r.value.nextStatus}`);
  assert.ok(r.error.message.length > 5);
  return { code: r.error.code, field: r.error.field };
}

describe('triage checklist and routes', () => {
  test('nine contra-indications with Dutch labels', () => {
    assert.deepEqual(
      [...CONTRA_INDICATIONS],
      [
        'threats_or_intimidation',
        'violence',
        'addiction',
        'psychiatric_no_agreements',
        'crime',
        'discrimination_core_issue',
        'family_dispute',
        'party_refuses_conversation',
        'escalated_beyond_mediation',
      ],
    );
    assert.equal(CONTRA_INDICATION_LABELS.threats_or_intimidation, 'Bedreiging of intimidatie');
    assert.equal(CONTRA_INDICATION_LABELS.discrimination_core_issue, 'Discriminatie als kern van het conflict');
    assert.equal(new Set(Object.values(CONTRA_INDICATION_LABELS)).size, 9);
    assert.equal(isContraIndication('violence'), true);
    assert.equal(isContraIndication('Violence'), false);
  });

  test('eight routes with Dutch labels; five stay in the pool', () => {
    assert.equal(TRIAGE_ROUTES.length, 8);
    assert.equal(TRIAGE_ROUTE_LABELS.process_facilitator, 'Procesbegeleider (informele aanpak)');
    assert.equal(TRIAGE_ROUTE_LABELS.neighbourhood_mediation, 'Buurtbemiddeling');
    assert.equal(new Set(Object.values(TRIAGE_ROUTE_LABELS)).size, 8);
    assert.deepEqual([...POOL_ROUTES].sort(), ['coaching', 'external_mediator', 'formal_mediation', 'group_mediation', 'process_facilitator']);
    assert.equal(isPoolRoute('neighbourhood_mediation'), false);
    assert.equal(statusAfterTriage('external_mediator'), 'matching');
    assert.equal(statusAfterTriage('not_suitable'), 'referred');
    assert.equal(isTriageRoute('court'), false);
  });
});

describe('decideTriage', () => {
  test('a pool route without contra-indications goes to matching', () => {
    const r = decideTriage({ route: 'formal_mediation', contraIndications: [] });
    assert.deepEqual(r, {
      ok: true,
      value: {
        route: 'formal_mediation',
        nextStatus: 'matching',
        contraIndications: [],
        destination: null,
        reason: null,
        justification: null,
      },
    });
  });

  test('every pool route goes to matching', () => {
    for (const route of ['formal_mediation', 'process_facilitator', 'coaching', 'group_mediation', 'external_mediator']) {
      const r = decideTriage({ route, contraIndications: [] });
      assert.equal(r.ok && r.value.nextStatus, 'matching', route);
    }
  });

  test('a pool route with a contra-indication needs a justification', () => {
    assert.deepEqual(refusal({ route: 'formal_mediation', contraIndications: ['addiction'] }), {
      code: 'justification_required',
      field: 'justification',
    });
    assert.deepEqual(refusal({ route: 'coaching', contraIndications: ['family_dispute'], justification: '  ' }), {
      code: 'justification_required',
      field: 'justification',
    });
    const r = decideTriage({
      route: 'formal_mediation',
      contraIndications: ['family_dispute', 'addiction', 'addiction'],
      justification: ' Verslaving is verleden tijd; beide partijen willen praten. ',
      destination: 'Vergeten veld',
    });
    assert.ok(r.ok);
    assert.equal(r.value.nextStatus, 'matching');
    assert.deepEqual(r.value.contraIndications, ['addiction', 'family_dispute']); // checklist order, no duplicates
    assert.equal(r.value.justification, 'Verslaving is verleden tijd; beide partijen willen praten.');
    assert.equal(r.value.destination, null); // a leftover destination is not kept on a pool route
  });

  test('refer elsewhere needs a destination and a reason, and ends as referred', () => {
    assert.deepEqual(refusal({ route: 'refer_elsewhere', contraIndications: ['violence'], reason: 'Geweld' }), {
      code: 'destination_required',
      field: 'destination',
    });
    assert.deepEqual(refusal({ route: 'refer_elsewhere', contraIndications: ['violence'], destination: 'Politie' }), {
      code: 'reason_required',
      field: 'reason',
    });
    const r = decideTriage({ route: 'refer_elsewhere', contraIndications: ['violence'], destination: ' Politie ', reason: 'Geweld tussen buren' });
    assert.ok(r.ok);
    assert.deepEqual(
      [r.value.nextStatus, r.value.destination, r.value.reason, r.value.justification],
      ['referred', 'Politie', 'Geweld tussen buren', null],
    );
  });

  test('neighbourhood mediation is a referral to the organisation that runs it', () => {
    assert.deepEqual(refusal({ route: 'neighbourhood_mediation', contraIndications: [], reason: 'Burenruzie' }), {
      code: 'destination_required',
      field: 'destination',
    });
    assert.deepEqual(refusal({ route: 'neighbourhood_mediation', contraIndications: [], destination: 'Buurtbemiddeling Meppel' }), {
      code: 'reason_required',
      field: 'reason',
    });
    const r = decideTriage({
      route: 'neighbourhood_mediation',
      contraIndications: [],
      destination: 'Buurtbemiddeling Meppel',
      reason: 'Geluidsoverlast tussen buren',
    });
    assert.equal(r.ok && r.value.nextStatus, 'referred');
  });

  test('not suitable needs a reason, has no destination, and ends as referred', () => {
    assert.deepEqual(refusal({ route: 'not_suitable', contraIndications: ['escalated_beyond_mediation'] }), {
      code: 'reason_required',
      field: 'reason',
    });
    const r = decideTriage({ route: 'not_suitable', contraIndications: ['escalated_beyond_mediation'], reason: 'Procedure loopt al', destination: 'x' });
    assert.ok(r.ok);
    assert.deepEqual([r.value.nextStatus, r.value.destination, r.value.reason], ['referred', null, 'Procedure loopt al']);
  });

  test('unknown route or contra-indication, and over-long texts', () => {
    assert.deepEqual(refusal({ route: 'court', contraIndications: [] }), { code: 'unknown_route', field: 'route' });
    assert.deepEqual(refusal({ route: '', contraIndications: [] }), { code: 'unknown_route', field: 'route' });
    assert.deepEqual(refusal({ route: 'formal_mediation', contraIndications: ['violence', 'bad_weather'] }), {
      code: 'unknown_contra_indication',
      field: 'contraIndications',
    });
    assert.deepEqual(refusal({ route: 'refer_elsewhere', contraIndications: [], destination: 'x'.repeat(201), reason: 'r' }), {
      code: 'too_long',
      field: 'destination',
    });
    assert.deepEqual(refusal({ route: 'not_suitable', contraIndications: [], reason: 'x'.repeat(2001) }), {
      code: 'too_long',
      field: 'reason',
    });
  });

  test('a valid decision always passes the triage transition for a coordinator', () => {
    const coordinator = userActor(['coordinator']);
    const decisions: TriageInput[] = [
      { route: 'formal_mediation', contraIndications: [] },
      { route: 'group_mediation', contraIndications: ['crime'], justification: 'Oud feit' },
      { route: 'refer_elsewhere', contraIndications: [], destination: 'Veilig Thuis', reason: 'Huiselijk geweld' },
      { route: 'neighbourhood_mediation', contraIndications: [], destination: 'Buurtbemiddeling', reason: 'Buren' },
      { route: 'not_suitable', contraIndications: [], reason: 'Geen conflict' },
    ];
    for (const d of decisions) {
      const r = decideTriage(d);
      assert.ok(r.ok, d.route);
      assert.ok(checkTransition('triage', r.value.nextStatus, coordinator, r.value.reason).ok, d.route);
    }
  });
});
