/**
 * MfN conduct rule 2.3: a relationship between the mediator and a party is disclosed to every
 * party, and the mediator may act only when each party accepts it in writing. It is a condition
 * on the proposal, not an exclusion. A personal interest in the outcome (2.1: working for a
 * party) stays an absolute exclusion, and so does a party's refusal.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findDisclosures, findExclusions, rankCandidates, suggestBatchAssignment } from '../../../src/domain/matching/index.js';
import { MEPPEL, STAPHORST, ZWARTEWATERLAND, matchCase, mediator } from './fixtures.js';

const staphorstCase = matchCase({
  requestingMunicipality: STAPHORST,
  parties: [
    { name: 'Jan de Vries', municipality: STAPHORST, department: 'Burgerzaken' },
    { name: 'Anneke Jansen', municipality: STAPHORST, department: 'Burgerzaken' },
  ],
});

describe('a registered relationship with a party needs disclosure, not exclusion', () => {
  test('with the party municipality', () => {
    const m = mediator({ id: 'm1', municipality: MEPPEL, relationships: [{ kind: 'municipality', municipality: STAPHORST }] });
    assert.deepEqual(findExclusions(staphorstCase, m), []);
    assert.deepEqual(findDisclosures(staphorstCase, m), [
      { code: 'relationship_municipality', reason: 'Heeft een relatie gemeld met de gemeente Staphorst' },
    ]);
  });

  test('with a department of a party municipality, also when the party department is unknown', () => {
    const m = mediator({ id: 'm1', municipality: MEPPEL, relationships: [{ kind: 'department', municipality: STAPHORST, department: 'Burgerzaken' }] });
    assert.deepEqual(findExclusions(staphorstCase, m), []);
    assert.deepEqual(findDisclosures(staphorstCase, m), [
      { code: 'relationship_department', reason: 'Heeft een relatie gemeld met de afdeling Burgerzaken van Staphorst' },
    ]);
    const unknown = matchCase({ requestingMunicipality: STAPHORST, parties: [{ name: 'Burger' }], caseType: 'citizen_government' });
    assert.deepEqual(findDisclosures(unknown, m), [
      { code: 'relationship_department', reason: 'Heeft een relatie gemeld met de afdeling Burgerzaken van Staphorst; de afdeling van de partij is onbekend' },
    ]);
  });

  test('with a party in person, matched by normalised name; every relationship is listed', () => {
    const m = mediator({
      id: 'm1',
      municipality: MEPPEL,
      relationships: [
        { kind: 'municipality', municipality: STAPHORST },
        { kind: 'person', name: '  JAN  de vriés ' },
      ],
    });
    assert.deepEqual(findExclusions(staphorstCase, m), []);
    assert.deepEqual(findDisclosures(staphorstCase, m), [
      { code: 'relationship_municipality', reason: 'Heeft een relatie gemeld met de gemeente Staphorst' },
      { code: 'relationship_person', reason: 'Heeft een relatie gemeld met Jan de Vries, een partij in deze zaak' },
    ]);
  });

  test('relationships with non-parties need no disclosure', () => {
    const m = mediator({
      id: 'm1',
      municipality: MEPPEL,
      relationships: [
        { kind: 'municipality', municipality: ZWARTEWATERLAND },
        { kind: 'department', municipality: STAPHORST, department: 'Openbare Ruimte' },
        { kind: 'person', name: 'Jan de Vries-Smit' },
      ],
    });
    assert.deepEqual(findDisclosures(staphorstCase, m), []);
  });
});

describe('what stays absolute', () => {
  test('working for a party is an interest in the outcome (2.1): excluded, whatever is disclosed', () => {
    const m = mediator({ id: 'm1', municipality: STAPHORST, relationships: [{ kind: 'person', name: 'Jan de Vries' }] });
    assert.deepEqual(
      findExclusions(staphorstCase, m).map((e) => e.code),
      ['party_municipality'],
    );
  });

  test('a party that refused the mediator for this case excludes them, relationship or not', () => {
    const c = matchCase({ ...staphorstCase, refusedByPartyMediatorIds: ['m1'] });
    const m = mediator({ id: 'm1', municipality: MEPPEL, relationships: [{ kind: 'municipality', municipality: STAPHORST }] });
    assert.deepEqual(findExclusions(c, m), [{ code: 'refused_by_party', reason: 'Door een partij geweigerd voor deze zaak' }]);
  });
});

describe('the candidate list and the batch', () => {
  const related = mediator({ id: 'm1', municipality: MEPPEL, relationships: [{ kind: 'person', name: 'Anneke Jansen' }] });
  const plain = mediator({ id: 'm2', municipality: ZWARTEWATERLAND });

  test('the candidate list shows the mediator as eligible, with the relationship to disclose', () => {
    const ranking = rankCandidates(staphorstCase, [related, plain]);
    assert.deepEqual(ranking.excluded, []);
    const row = ranking.eligible.find((r) => r.mediator.id === 'm1');
    assert.ok(row, 'the related mediator is eligible');
    assert.deepEqual(row.disclosures, [{ code: 'relationship_person', reason: 'Heeft een relatie gemeld met Anneke Jansen, een partij in deze zaak' }]);
    assert.deepEqual(ranking.eligible.find((r) => r.mediator.id === 'm2')?.disclosures, []);
  });

  test('the batch never suggests a mediator who needs a disclosure (a person must write it)', () => {
    const result = suggestBatchAssignment({ cases: [staphorstCase], mediators: [related] });
    assert.deepEqual(result.assignments, []);
    const withPlain = suggestBatchAssignment({ cases: [staphorstCase], mediators: [related, plain] });
    assert.deepEqual(withPlain.assignments.map((a) => a.mediatorId), ['m2']);
  });
});
