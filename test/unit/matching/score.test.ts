import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_WEIGHTS,
  haversineKm,
  normaliseName,
  rankCandidates,
  resolvePolicy,
  type CandidateMediator,
  type LocatedMunicipality,
  type MatchingPolicyInput,
  type ScorePart,
} from '../../../src/domain/matching/index.js';
import { MEPPEL, STAPHORST, matchCase, mediator } from './fixtures.js';

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe('haversine', () => {
  test('one degree of longitude on the equator is 2πR/360', () => {
    close(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }), 111.19508, 1e-4);
  });

  test('pole to pole is half the circumference', () => {
    close(haversineKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 }), Math.PI * 6371.0088, 1e-6);
  });

  test('London to Paris is about 343.5 km', () => {
    close(haversineKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }), 343.5, 0.1);
  });

  test('Staphorst to Meppel is under 6 km, symmetric, and zero to itself', () => {
    close(haversineKm(STAPHORST, MEPPEL), 5.727, 1e-3);
    assert.equal(haversineKm(STAPHORST, MEPPEL), haversineKm(MEPPEL, STAPHORST));
    assert.equal(haversineKm(MEPPEL, MEPPEL), 0);
  });
});

test('names are normalised for comparison', () => {
  assert.equal(normaliseName('  Jän  de Vriës-Smit. '), 'jan de vries smit');
  assert.equal(normaliseName('JAN DE VRIES'), 'jan de vries');
  assert.equal(normaliseName("Ömer O'Brien"), 'omer o brien');
});

// Points on the equator make the distance exact: 0.5° of longitude = 55.5975 km.
const HERE: LocatedMunicipality = { id: 'GM9001', name: 'Hier', lat: 0, lon: 0 };
const THERE: LocatedMunicipality = { id: 'GM9002', name: 'Daar', lat: 0, lon: 0.5 };

/** `null` means: no preferred language. */
function partsOf(m: CandidateMediator, policy: MatchingPolicyInput = {}, language: string | null = 'en') {
  const preferredLanguage = language ?? undefined;
  const c = matchCase({ requestingMunicipality: HERE, parties: [{ name: 'A' }, { name: 'B' }], preferredLanguage });
  const ranking = rankCandidates(c, [m], policy);
  const ranked = ranking.eligible[0];
  assert.ok(ranked, 'the mediator should be eligible');
  const byKey = Object.fromEntries(ranked.parts.map((p) => [p.key, p])) as Record<ScorePart['key'], ScorePart>;
  return { ranked, byKey };
}

describe('score parts with the default weights', () => {
  const m = mediator({
    id: 'm1',
    name: 'Mieke',
    municipality: THERE,
    municipalityBalanceMinutes: -3000,
    maxConcurrentCases: 4,
    openCases: 1,
    concludedByType: { employment: 4, neighbours: 9 },
    languages: ['nl', 'EN'],
    recentDeclines: 2,
  });
  const { ranked, byKey } = partsOf(m);

  test('default weights sum to 1', () => {
    close(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0), 1);
  });

  test('fairness: a municipality that used 50 h more than it supplied scores 0.75', () => {
    assert.equal(byKey.fairness.raw, -3000);
    close(byKey.fairness.value, 0.75);
    assert.equal(byKey.fairness.weight, 0.25);
    close(byKey.fairness.contribution, 0.1875);
    assert.equal(byKey.fairness.explanation, 'Daar gebruikte 50 uur meer dan het leverde (laatste 12 maanden)');
  });

  test('distance: 55.6 km of the 100 km scale', () => {
    assert.equal(byKey.distance.raw, 55.6);
    close(byKey.distance.value, 1 - 55.59754 / 100, 1e-6);
    close(ranked.distanceKm, 55.59754, 1e-5);
    assert.equal(byKey.distance.explanation, '56 km tussen Daar en Hier');
  });

  test('load: 1 of 4 cases leaves 0.75 free', () => {
    assert.equal(byKey.load.raw, 1);
    close(byKey.load.value, 0.75);
    assert.equal(byKey.load.explanation, '1 van 4 zaken in behandeling');
  });

  test('experience counts the case type only: 4 of 10', () => {
    assert.equal(byKey.experience.raw, 4);
    close(byKey.experience.value, 0.4);
    assert.equal(byKey.experience.explanation, '4 afgeronde zaken met arbeidsconflicten');
  });

  test('language is compared case-insensitively', () => {
    assert.equal(byKey.language.raw, 1);
    assert.equal(byKey.language.value, 1);
    assert.equal(byKey.language.explanation, 'Spreekt de voorkeurstaal (en)');
  });

  test('declines: 2 of the 5 that give 0', () => {
    assert.equal(byKey.declines.raw, 2);
    close(byKey.declines.value, 0.6);
    assert.equal(byKey.declines.explanation, '2 keer recent een voorstel afgewezen');
  });

  test('the score is the weighted sum, in millionths', () => {
    const expected = 0.25 * 0.75 + 0.2 * (1 - 0.5559754) + 0.2 * 0.75 + 0.15 * 0.4 + 0.1 * 1 + 0.1 * 0.6;
    close(ranked.score, expected, 1e-6);
    assert.equal(ranked.scorePoints, 646305);
    assert.equal(ranked.score, 0.646305);
    close(ranked.parts.reduce((sum, p) => sum + p.contribution, 0), ranked.score, 1e-6);
    assert.deepEqual(ranked.parts.map((p) => p.key), ['fairness', 'distance', 'load', 'experience', 'language', 'declines']);
  });
});

describe('part boundaries', () => {
  test('fairness is clamped and 0.5 at a zero balance', () => {
    const value = (balance: number) => partsOf(mediator({ id: 'm', municipality: THERE, municipalityBalanceMinutes: balance })).byKey.fairness;
    assert.equal(value(-6000).value, 1);
    assert.equal(value(-60000).value, 1);
    assert.equal(value(6000).value, 0);
    assert.equal(value(99999).value, 0);
    assert.equal(value(0).value, 0.5);
    assert.equal(value(0).explanation, 'Daar leverde evenveel uren als het gebruikte (laatste 12 maanden)');
    assert.equal(value(750).explanation, 'Daar leverde 12,5 uur meer dan het gebruikte (laatste 12 maanden)');
  });

  test('a higher fairness value ranks the municipality that used more hours first', () => {
    const c = matchCase({ requestingMunicipality: HERE, parties: [{ name: 'A' }] });
    const giver = mediator({ id: 'a-giver', municipality: THERE, municipalityBalanceMinutes: 1200 });
    const taker = mediator({ id: 'b-taker', municipality: THERE, municipalityBalanceMinutes: -1200 });
    assert.deepEqual(rankCandidates(c, [giver, taker]).eligible.map((r) => r.mediator.id), ['b-taker', 'a-giver']);
  });

  test('distance beyond the scale is 0, the same municipality region is 1', () => {
    const far: LocatedMunicipality = { id: 'GM9003', name: 'Ver', lat: 0, lon: 2 };
    assert.equal(partsOf(mediator({ id: 'm', municipality: far })).byKey.distance.value, 0);
    const here2: LocatedMunicipality = { ...HERE, id: 'GM9004', name: 'Naast' };
    assert.equal(partsOf(mediator({ id: 'm', municipality: here2 })).byKey.distance.value, 1);
  });

  test('experience is capped at 1, declines floored at 0', () => {
    const { byKey } = partsOf(mediator({ id: 'm', municipality: THERE, concludedByType: { employment: 25 }, recentDeclines: 9 }));
    assert.equal(byKey.experience.value, 1);
    assert.equal(byKey.declines.value, 0);
    assert.equal(byKey.experience.explanation, '25 afgeronde zaken met arbeidsconflicten');
  });

  test('no experience and no declines', () => {
    const { byKey } = partsOf(mediator({ id: 'm', municipality: THERE, concludedByType: {}, recentDeclines: 0 }));
    assert.equal(byKey.experience.value, 0);
    assert.equal(byKey.experience.raw, 0);
    assert.equal(byKey.declines.value, 1);
    assert.equal(byKey.declines.explanation, 'Geen recente afwijzingen');
  });

  test('language mismatch gives 0; no preference gives everyone 1', () => {
    const m = mediator({ id: 'm', municipality: THERE, languages: ['nl'] });
    assert.equal(partsOf(m, {}, 'tr').byKey.language.value, 0);
    assert.equal(partsOf(m, {}, 'tr').byKey.language.explanation, 'Spreekt de voorkeurstaal (tr) niet');
    assert.equal(partsOf(m, {}, null).byKey.language.value, 1);
    assert.equal(partsOf(m, {}, null).byKey.language.explanation, 'Geen voorkeurstaal opgegeven');
  });

  test('load uses the free share of capacity', () => {
    const { byKey } = partsOf(mediator({ id: 'm', municipality: THERE, maxConcurrentCases: 5, openCases: 3 }));
    close(byKey.load.value, 0.4);
    assert.equal(byKey.load.explanation, '3 van 5 zaken in behandeling');
  });
});

describe('policy', () => {
  test('weights are pool settings: only distance counts', () => {
    const weights = { fairness: 0, distance: 1, load: 0, experience: 0, language: 0, declines: 0 };
    const { ranked } = partsOf(mediator({ id: 'm', municipality: THERE }), { weights });
    assert.equal(ranked.scorePoints, Math.round((1 - 0.5559754011676645) * 1e6));
  });

  test('scales are pool settings too', () => {
    const { byKey } = partsOf(mediator({ id: 'm', municipality: THERE, concludedByType: { employment: 4 } }), { scales: { experienceCases: 4 } });
    assert.equal(byKey.experience.value, 1);
  });

  test('defaults and validation', () => {
    assert.deepEqual(resolvePolicy(), {
      allowDifferentDepartment: false,
      weights: { fairness: 0.25, distance: 0.2, load: 0.2, experience: 0.15, language: 0.1, declines: 0.1 },
      scales: { fairnessMinutes: 6000, distanceKm: 100, experienceCases: 10, declines: 5 },
    });
    assert.equal(resolvePolicy({ weights: { load: 0.5 } }).weights.load, 0.5);
    assert.equal(resolvePolicy({ weights: { load: 0.5 } }).weights.fairness, 0.25);
    assert.throws(() => resolvePolicy({ weights: { load: -1 } }), RangeError);
    assert.throws(() => resolvePolicy({ weights: { load: Number.NaN } }), RangeError);
    assert.throws(() => resolvePolicy({ scales: { distanceKm: 0 } }), RangeError);
  });
});
