import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findExclusions, type Exclusion } from '../../../src/domain/matching/index.js';
import { MEPPEL, STAPHORST, STEENWIJKERLAND, ZWARTEWATERLAND, matchCase, mediator } from './fixtures.js';

const reasons = (list: readonly Exclusion[]) => list.map((e) => e.reason);
const codes = (list: readonly Exclusion[]) => list.map((e) => e.code);
const ALLOW = { allowDifferentDepartment: true };

describe('own municipality is a party', () => {
  test('a mediator of the requesting municipality is excluded', () => {
    const found = findExclusions(matchCase(), mediator({ id: 'm1', municipality: MEPPEL }));
    assert.deepEqual(found, [{ code: 'party_municipality', reason: 'Werkt bij Meppel, een partij in deze zaak' }]);
  });

  test('the requesting municipality counts even when no party lists it', () => {
    const c = matchCase({ parties: [{ name: 'Buurman' }, { name: 'Buurvrouw' }], caseType: 'neighbours' });
    assert.deepEqual(reasons(findExclusions(c, mediator({ id: 'm1', municipality: MEPPEL }))), [
      'Werkt bij Meppel, een partij in deze zaak',
    ]);
  });

  test('a municipality named by another party is a party municipality too', () => {
    const c = matchCase({
      caseType: 'citizen_government',
      parties: [{ name: 'Burger' }, { name: 'Ambtenaar', municipality: ZWARTEWATERLAND, department: 'Vergunningen' }],
    });
    assert.deepEqual(reasons(findExclusions(c, mediator({ id: 'm1', municipality: ZWARTEWATERLAND }))), [
      'Werkt bij Zwartewaterland, een partij in deze zaak',
    ]);
    assert.deepEqual(findExclusions(c, mediator({ id: 'm2', municipality: STAPHORST })), []);
  });

  test('by default a different department does not help', () => {
    const found = findExclusions(matchCase(), mediator({ id: 'm1', municipality: MEPPEL, department: 'HR' }));
    assert.deepEqual(codes(found), ['party_municipality']);
  });

  test('with allowDifferentDepartment a mediator of another department is eligible', () => {
    assert.deepEqual(findExclusions(matchCase(), mediator({ id: 'm1', municipality: MEPPEL, department: 'HR' }), ALLOW), []);
  });

  test('with allowDifferentDepartment the same department (spelled differently) is excluded', () => {
    const found = findExclusions(matchCase(), mediator({ id: 'm1', municipality: MEPPEL, department: ' burgerzaken ' }), ALLOW);
    assert.deepEqual(found, [
      { code: 'party_department', reason: 'Werkt bij de afdeling Burgerzaken van Meppel, een partij in deze zaak' },
    ]);
  });

  test('the department must differ from every party department of that municipality', () => {
    const c = matchCase({
      parties: [
        { name: 'Werknemer', municipality: MEPPEL, department: 'Burgerzaken' },
        { name: 'Leidinggevende', municipality: MEPPEL, department: 'Sociaal Domein' },
      ],
    });
    assert.deepEqual(codes(findExclusions(c, mediator({ id: 'm1', municipality: MEPPEL, department: 'Sociaal domein' }), ALLOW)), [
      'party_department',
    ]);
    assert.deepEqual(findExclusions(c, mediator({ id: 'm2', municipality: MEPPEL, department: 'HR' }), ALLOW), []);
  });

  test('an unknown party department keeps the exclusion', () => {
    const c = matchCase({ parties: [{ name: 'Werknemer', municipality: MEPPEL }] });
    assert.deepEqual(reasons(findExclusions(c, mediator({ id: 'm1', municipality: MEPPEL, department: 'HR' }), ALLOW)), [
      'Werkt bij Meppel, een partij in deze zaak; de afdeling van de partij is onbekend',
    ]);
    const onlyRequesting = matchCase({ parties: [{ name: 'Burger' }], caseType: 'citizen_government' });
    assert.deepEqual(codes(findExclusions(onlyRequesting, mediator({ id: 'm1', municipality: MEPPEL }), ALLOW)), [
      'party_municipality',
    ]);
  });

  test("an unknown own department keeps the exclusion", () => {
    const found = findExclusions(matchCase(), mediator({ id: 'm1', municipality: MEPPEL, department: undefined }), ALLOW);
    assert.deepEqual(reasons(found), ['Werkt bij Meppel, een partij in deze zaak; de eigen afdeling is onbekend']);
  });

  test('a mediator from a municipality that is not a party is eligible', () => {
    assert.deepEqual(findExclusions(matchCase(), mediator({ id: 'm1', municipality: STEENWIJKERLAND })), []);
  });
});

describe('declared relationships', () => {
  // MfN 2.3: a relationship with a party is disclosed and accepted by every party, not an
  // exclusion (the rule and its wording: disclosures.test.ts).
  const staphorstCase = matchCase({
    requestingMunicipality: STAPHORST,
    parties: [
      { name: 'Jan de Vries', municipality: STAPHORST, department: 'Burgerzaken' },
      { name: 'Anneke Jansen', municipality: STAPHORST, department: 'Burgerzaken' },
    ],
  });

  test('no relationship with a party, its municipality or its department excludes', () => {
    const m = mediator({
      id: 'm1',
      municipality: MEPPEL,
      relationships: [
        { kind: 'municipality', municipality: STAPHORST },
        { kind: 'department', municipality: STAPHORST, department: 'burgerzaken' },
        { kind: 'person', name: 'Anneke Jansen' },
        { kind: 'municipality', municipality: ZWARTEWATERLAND },
      ],
    });
    assert.deepEqual(findExclusions(staphorstCase, m), []);
  });
});

describe('status and kind', () => {
  const c = matchCase();
  const cases: [string, 'dormant' | 'inactive' | 'left', string][] = [
    ['dormant', 'dormant', 'Status: slapend'],
    ['inactive', 'inactive', 'Status: inactief'],
    ['left', 'left', 'Status: vertrokken'],
  ];
  for (const [label, status, reason] of cases) {
    test(`${label} is never proposed, not even as co-mediator`, () => {
      assert.deepEqual(findExclusions(c, mediator({ id: 'm1', status })), [{ code: 'not_active', reason }]);
      assert.deepEqual(findExclusions(c, mediator({ id: 'm1', status }), {}, 'co_mediator'), [{ code: 'not_active', reason }]);
    });
  }

  test('in training: only as co-mediator', () => {
    const m = mediator({ id: 'm1', status: 'in_training' });
    assert.deepEqual(findExclusions(c, m), [{ code: 'in_training', reason: 'In opleiding: alleen als co-mediator' }]);
    assert.deepEqual(findExclusions(c, m, {}, 'co_mediator'), []);
  });

  test('a process facilitator does not lead a formal mediation, but may run the informal approach', () => {
    const m = mediator({ id: 'm1', kind: 'process_facilitator' });
    assert.deepEqual(findExclusions(c, m), [{ code: 'not_a_mediator', reason: 'Procesbegeleider: begeleidt geen formele mediation' }]);
    assert.deepEqual(findExclusions(matchCase({ route: 'informal_approach' }), m), []);
  });
});

describe('specialism', () => {
  const expected: [Parameters<typeof matchCase>[0] & object, string][] = [
    [{ caseType: 'employment' }, 'Geen ervaring met arbeidsconflicten (geen specialisme)'],
    [{ caseType: 'citizen_government' }, 'Geen ervaring met conflicten tussen burger en overheid (geen specialisme)'],
    [{ caseType: 'neighbours' }, 'Geen ervaring met burenconflicten (geen specialisme)'],
    [{ caseType: 'group' }, 'Geen ervaring met groepsmediation (geen specialisme)'],
  ];
  for (const [overrides, reason] of expected) {
    test(`${overrides.caseType} needs the specialism`, () => {
      const found = findExclusions(matchCase(overrides), mediator({ id: 'm1', specialisms: [] }));
      assert.deepEqual(found, [{ code: 'no_specialism', reason }]);
    });
  }

  test("'other' needs no specialism", () => {
    assert.deepEqual(findExclusions(matchCase({ caseType: 'other' }), mediator({ id: 'm1', specialisms: [] })), []);
  });
});

describe('capacity', () => {
  test('full', () => {
    assert.deepEqual(findExclusions(matchCase(), mediator({ id: 'm1', maxConcurrentCases: 3, openCases: 3 })), [
      { code: 'at_capacity', reason: 'Vol: 3 van 3 zaken' },
    ]);
  });

  test('one case maximum', () => {
    assert.deepEqual(reasons(findExclusions(matchCase(), mediator({ id: 'm1', maxConcurrentCases: 1, openCases: 1 }))), ['Vol: 1 van 1 zaak']);
  });

  test('over capacity (maximum lowered later)', () => {
    assert.deepEqual(reasons(findExclusions(matchCase(), mediator({ id: 'm1', maxConcurrentCases: 2, openCases: 4 }))), ['Vol: 4 van 2 zaken']);
  });

  test('one slot left is enough', () => {
    assert.deepEqual(findExclusions(matchCase(), mediator({ id: 'm1', maxConcurrentCases: 3, openCases: 2 })), []);
  });
});

describe('availability in the coming period (2026-08-01 .. 2026-09-30)', () => {
  const at = (start: string, end: string) => findExclusions(matchCase(), mediator({ id: 'm1', unavailable: [{ start, end }] }));

  test('a holiday inside the period', () => {
    assert.deepEqual(at('2026-08-01', '2026-08-14'), [{ code: 'unavailable', reason: 'Niet beschikbaar van 1 t/m 14 augustus' }]);
  });

  test('overlapping the start, across months', () => {
    assert.deepEqual(reasons(at('2026-07-20', '2026-08-03')), ['Niet beschikbaar van 20 juli t/m 3 augustus']);
  });

  test('touching the last day counts (inclusive)', () => {
    assert.deepEqual(reasons(at('2026-09-30', '2026-09-30')), ['Niet beschikbaar op 30 september']);
  });

  test('across a year end the years are shown', () => {
    const c = matchCase({ period: { start: '2026-12-01', end: '2027-01-31' } });
    const found = findExclusions(c, mediator({ id: 'm1', unavailable: [{ start: '2026-12-24', end: '2027-01-02' }] }));
    assert.deepEqual(reasons(found), ['Niet beschikbaar van 24 december 2026 t/m 2 januari 2027']);
  });

  test('before or after the period does not exclude', () => {
    assert.deepEqual(at('2026-07-01', '2026-07-31'), []);
    assert.deepEqual(at('2026-10-01', '2026-10-14'), []);
  });

  test('each overlapping absence is listed', () => {
    const m = mediator({
      id: 'm1',
      unavailable: [
        { start: '2026-08-01', end: '2026-08-14' },
        { start: '2026-06-01', end: '2026-06-10' },
        { start: '2026-09-21', end: '2026-09-25' },
      ],
    });
    assert.deepEqual(reasons(findExclusions(matchCase(), m)), [
      'Niet beschikbaar van 1 t/m 14 augustus',
      'Niet beschikbaar van 21 t/m 25 september',
    ]);
  });
});

describe('earlier declines and refusals', () => {
  test('declined this case before', () => {
    const c = matchCase({ declinedByMediatorIds: ['m1'] });
    assert.deepEqual(findExclusions(c, mediator({ id: 'm1' })), [{ code: 'declined_before', reason: 'Heeft deze zaak eerder afgewezen' }]);
    assert.deepEqual(findExclusions(c, mediator({ id: 'm2' })), []);
  });

  test('refused by a party for this case', () => {
    const c = matchCase({ refusedByPartyMediatorIds: ['m1'] });
    assert.deepEqual(findExclusions(c, mediator({ id: 'm1' })), [
      { code: 'refused_by_party', reason: 'Door een partij geweigerd voor deze zaak' },
    ]);
  });
});

test('all applicable reasons are listed, in reading order', () => {
  const c = matchCase({ declinedByMediatorIds: ['m1'], refusedByPartyMediatorIds: ['m1'] });
  const m = mediator({
    id: 'm1',
    municipality: MEPPEL,
    status: 'dormant',
    kind: 'process_facilitator',
    specialisms: ['neighbours'],
    maxConcurrentCases: 3,
    openCases: 3,
    unavailable: [{ start: '2026-08-01', end: '2026-08-14' }],
    relationships: [{ kind: 'person', name: 'Petra Bakker' }],
  });
  assert.deepEqual(findExclusions(c, m), [
    { code: 'party_municipality', reason: 'Werkt bij Meppel, een partij in deze zaak' },
    { code: 'not_active', reason: 'Status: slapend' },
    { code: 'not_a_mediator', reason: 'Procesbegeleider: begeleidt geen formele mediation' },
    { code: 'no_specialism', reason: 'Geen ervaring met arbeidsconflicten (geen specialisme)' },
    { code: 'at_capacity', reason: 'Vol: 3 van 3 zaken' },
    { code: 'unavailable', reason: 'Niet beschikbaar van 1 t/m 14 augustus' },
    { code: 'declined_before', reason: 'Heeft deze zaak eerder afgewezen' },
    { code: 'refused_by_party', reason: 'Door een partij geweigerd voor deze zaak' },
  ]);
});
