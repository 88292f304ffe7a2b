import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRanked, haversineKm, isNewMediator, rankCandidates, type CandidateMediator } from '../../../src/domain/matching/index.js';
import { MEPPEL, STAPHORST, STEENWIJKERLAND, WESTERVELD, ZWARTEWATERLAND, matchCase, mediator } from './fixtures.js';
import { seededRandom } from './seeded-random.js';

/** The covenant's demo pool: 3 active mediators, 1 in training, 2 dormant. */
const POOL: CandidateMediator[] = [
  mediator({ id: 'anna', name: 'Anna Meijer', municipality: MEPPEL, concludedTotal: 12, concludedByType: { employment: 5 } }),
  mediator({
    id: 'bert',
    name: 'Bert Mulder',
    municipality: STAPHORST,
    concludedTotal: 8,
    concludedByType: { employment: 2 },
    municipalityBalanceMinutes: -600,
    openCases: 1,
  }),
  mediator({
    id: 'carla',
    name: 'Carla Smit',
    municipality: STEENWIJKERLAND,
    concludedTotal: 2,
    concludedByType: { employment: 1 },
    openCases: 2,
  }),
  mediator({ id: 'dirk', name: 'Dirk Visser', municipality: WESTERVELD, status: 'in_training', concludedTotal: 0 }),
  mediator({ id: 'eva', name: 'Eva de Boer', municipality: ZWARTEWATERLAND, status: 'dormant', concludedTotal: 20 }),
  mediator({ id: 'frank', name: 'Frank Bos', municipality: MEPPEL, status: 'dormant', concludedTotal: 15 }),
];

describe('a Meppel employment case in the demo pool', () => {
  const ranking = rankCandidates(matchCase(), POOL);

  test('never lists a Meppel mediator, a dormant one or the in-training one as lead', () => {
    assert.deepEqual(ranking.eligible.map((r) => r.mediator.id), ['bert', 'carla']);
    assert.deepEqual(ranking.eligible.map((r) => r.rank), [1, 2]);
  });

  test('shows why each of the others is excluded', () => {
    assert.deepEqual(
      ranking.excluded.map((x) => [x.mediator.id, x.exclusions.map((e) => e.reason)]),
      [
        ['anna', ['Werkt bij Meppel, een partij in deze zaak']],
        ['dirk', ['In opleiding: alleen als co-mediator']],
        ['eva', ['Status: slapend']],
        ['frank', ['Werkt bij Meppel, een partij in deze zaak', 'Status: slapend']],
      ],
    );
  });

  test('scores with their parts', () => {
    const [bert, carla] = ranking.eligible;
    // bert: fairness 0.55, distance 1 − 5.727/100, load 2/3, experience 0.2, language 1, declines 1
    assert.equal(bert!.scorePoints, Math.round((0.25 * 0.55 + 0.2 * (1 - 0.05727143) + 0.2 * (2 / 3) + 0.15 * 0.2 + 0.1 + 0.1) * 1e6));
    assert.equal(bert!.scorePoints, 689379);
    // carla: fairness 0.5, distance 1 − 11.378/100, load 1/3, experience 0.1, language 1, declines 1
    const carlaKm = haversineKm(STEENWIJKERLAND, MEPPEL);
    assert.equal(Math.round(carlaKm * 1000), 11378);
    assert.equal(carla!.scorePoints, Math.round((0.125 + 0.2 * (1 - carlaKm / 100) + 0.2 / 3 + 0.015 + 0.2) * 1e6));
    assert.equal(carla!.scorePoints, 583910);
    assert.equal(carla!.parts.find((p) => p.key === 'distance')!.explanation, '11 km tussen Steenwijkerland en Meppel');
    assert.ok(bert!.score > carla!.score);
  });

  test('co-mediators: the new and the in-training mediator, ranked', () => {
    assert.deepEqual(ranking.coMediators.map((r) => r.mediator.id).sort(), ['carla', 'dirk']);
    assert.equal(isNewMediator(POOL[2]!), true);
    assert.equal(isNewMediator(POOL[3]!), true);
    assert.equal(isNewMediator(POOL[1]!), false);
  });

  test('suggests pairing the best newcomer with the best experienced lead', () => {
    const pairing = ranking.coMediation;
    assert.ok(pairing);
    assert.equal(pairing.lead.mediator.id, 'bert');
    const co = ranking.coMediators[0]!;
    assert.equal(pairing.coMediator.mediator.id, co.mediator.id);
    const coText = co.mediator.id === 'dirk' ? 'Dirk Visser (in opleiding)' : 'Carla Smit (2 afgeronde zaken)';
    assert.equal(pairing.explanation, `${coText} als co-mediator naast Bert Mulder (8 afgeronde zaken)`);
  });
});

describe('co-mediation', () => {
  test('the in-training mediator is paired when no other newcomer is eligible', () => {
    const ranking = rankCandidates(matchCase(), [POOL[1]!, POOL[3]!]);
    assert.equal(ranking.coMediation?.explanation, 'Dirk Visser (in opleiding) als co-mediator naast Bert Mulder (8 afgeronde zaken)');
  });

  test('no pairing without an experienced lead', () => {
    assert.equal(rankCandidates(matchCase(), [POOL[2]!, POOL[3]!]).coMediation, null);
  });

  test('no pairing without a newcomer', () => {
    assert.equal(rankCandidates(matchCase(), [POOL[1]!]).coMediation, null);
  });

  test('a newcomer is never paired with themselves, and an excluded newcomer is not offered', () => {
    const declined = matchCase({ declinedByMediatorIds: ['dirk'] });
    const ranking = rankCandidates(declined, [POOL[1]!, POOL[3]!]);
    assert.deepEqual(ranking.coMediators, []);
    assert.equal(ranking.coMediation, null);
  });

  test('a mediator with exactly 3 concluded cases is no longer new', () => {
    assert.equal(isNewMediator(mediator({ id: 'x', concludedTotal: 3 })), false);
    assert.equal(isNewMediator(mediator({ id: 'x', concludedTotal: 2 })), true);
    assert.equal(isNewMediator(mediator({ id: 'x', concludedTotal: 40, status: 'in_training' })), true);
  });
});

describe('deterministic ties', () => {
  const onlyFairness = { weights: { fairness: 1, distance: 0, load: 0, experience: 0, language: 0, declines: 0 } };
  const same = (id: string, municipality = STAPHORST) => mediator({ id, municipality, municipalityBalanceMinutes: 0 });
  const candidates = [
    same('m-c', STAPHORST),
    same('m-a', STAPHORST),
    same('m-b', WESTERVELD),
    same('m-d', ZWARTEWATERLAND),
    mediator({ id: 'm-z', municipality: WESTERVELD, municipalityBalanceMinutes: -60 }),
  ];

  test('score desc, then distance asc, then id asc', () => {
    const ranking = rankCandidates(matchCase(), candidates, onlyFairness);
    assert.deepEqual(ranking.eligible.map((r) => r.mediator.id), ['m-z', 'm-a', 'm-c', 'm-d', 'm-b']);
    assert.deepEqual(ranking.eligible.map((r) => r.scorePoints), [505000, 500000, 500000, 500000, 500000]);
  });

  test('the same result for every input order', () => {
    const random = seededRandom(7);
    const expected = rankCandidates(matchCase(), candidates, onlyFairness).eligible.map((r) => r.mediator.id);
    for (let round = 0; round < 20; round++) {
      const shuffled = [...candidates].sort(() => random() - 0.5);
      assert.deepEqual(rankCandidates(matchCase(), shuffled, onlyFairness).eligible.map((r) => r.mediator.id), expected);
    }
  });

  test('compareRanked orders on score points, then distance, then id', () => {
    const entry = (id: string, scorePoints: number, distanceKm: number) => ({ mediator: { id }, scorePoints, distanceKm });
    const sorted = [entry('b', 5, 1), entry('a', 5, 1), entry('c', 6, 9), entry('d', 5, 0.5)].sort(compareRanked);
    assert.deepEqual(sorted.map((e) => e.mediator.id), ['c', 'd', 'a', 'b']);
  });

  test('excluded mediators are listed by id', () => {
    const ranking = rankCandidates(matchCase(), [same('z', MEPPEL), same('b', MEPPEL), same('k', MEPPEL)]);
    assert.deepEqual(ranking.excluded.map((x) => x.mediator.id), ['b', 'k', 'z']);
    assert.equal(ranking.caseId, 'Z-2026-001');
  });
});
