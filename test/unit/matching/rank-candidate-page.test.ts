import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CASE_TYPES,
  findExclusions,
  isNewMediator,
  prepareCandidatePool,
  rankCandidatePage,
  suggestCoMediation,
  type CandidateMediator,
  type CaseType,
} from '../../../src/domain/matching/index.js';
import { MEPPEL, STAPHORST, STEENWIJKERLAND, WESTERVELD, ZWARTEWATERLAND, matchCase, mediator } from './fixtures.js';
import { randomInt, seededRandom } from './seeded-random.js';

const PLACES = [MEPPEL, STAPHORST, STEENWIJKERLAND, WESTERVELD, ZWARTEWATERLAND];
const STATUSES = ['active', 'active', 'active', 'in_training', 'dormant'] as const;

/** A random pool with every kind of exclusion, ties included (few distinct values). */
function randomPool(seed: number, size: number): CandidateMediator[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[randomInt(random, 0, list.length - 1)]!;
  return Array.from({ length: size }, (_, i) => {
    const maxConcurrentCases = randomInt(random, 1, 3);
    return mediator({
      id: `m-${String(randomInt(random, 0, 10_000)).padStart(5, '0')}-${i}`,
      municipality: pick(PLACES),
      status: pick(STATUSES),
      specialisms: CASE_TYPES.filter(() => random() < 0.7) as CaseType[],
      maxConcurrentCases,
      openCases: randomInt(random, 0, maxConcurrentCases),
      concludedTotal: randomInt(random, 0, 5),
      concludedByType: { employment: randomInt(random, 0, 3) },
      recentDeclines: randomInt(random, 0, 2),
      municipalityBalanceMinutes: pick([-600, 0, 600]),
      unavailable: random() < 0.2 ? [{ start: '2026-08-10', end: '2026-08-20' }] : [],
      kind: random() < 0.15 ? 'process_facilitator' : 'mediator',
      relationships:
        random() < 0.1
          ? [pick([{ kind: 'person', name: 'Jan de Vries' }, { kind: 'municipality', municipality: MEPPEL }, { kind: 'department', municipality: MEPPEL, department: 'Burgerzaken' }] as const)]
          : [],
    });
  });
}

const ids = (list: readonly { mediator: { id: string } }[]) => list.map((e) => e.mediator.id);

describe('rankCandidatePage: one page of the candidate list', () => {
  const c = matchCase();

  for (const seed of [1, 2, 3, 4, 5]) {
    test(`classifies like findExclusions and pages like slicing the whole list (seed ${seed})`, () => {
      const mediators = randomPool(seed, 120);
      // Every rule must be able to be the only one that excludes someone.
      const c = matchCase({ declinedByMediatorIds: [mediators[0]!.id, mediators[1]!.id], refusedByPartyMediatorIds: [mediators[2]!.id] });
      const pool = prepareCandidatePool(mediators.map((m) => ({ mediator: m })));
      const all = rankCandidatePage(c, pool);

      // Classification agrees with the rule-by-rule check a proposal makes.
      const leadOk = mediators.filter((m) => findExclusions(c, m).length === 0);
      const coOk = mediators.filter((m) => isNewMediator(m) && findExclusions(c, m, {}, 'co_mediator').length === 0);
      assert.deepEqual([...ids(all.eligible)].sort(), leadOk.map((m) => m.id).sort());
      assert.deepEqual([...ids(all.coMediators)].sort(), coOk.map((m) => m.id).sort());
      const excluded = mediators.filter((m) => findExclusions(c, m).length > 0).sort((a, b) => (a.id < b.id ? -1 : 1));
      assert.deepEqual(ids(all.excluded), excluded.map((m) => m.id));
      for (const x of all.excluded) assert.deepEqual(x.exclusions, findExclusions(c, x.mediator));
      assert.equal(all.eligibleTotal, leadOk.length);
      assert.equal(all.excludedTotal, excluded.length);
      assert.equal(all.coMediatorsTotal, coOk.length);
      assert.deepEqual(all.coMediation, suggestCoMediation(all.eligible, all.coMediators));

      for (const limit of [1, 7, 50]) {
        const page = rankCandidatePage(c, pool, {}, limit);
        assert.deepEqual(page.eligible, all.eligible.slice(0, limit));
        assert.deepEqual(page.excluded, all.excluded.slice(0, limit));
        assert.deepEqual(page.coMediators, all.coMediators.slice(0, limit));
        assert.deepEqual([page.eligibleTotal, page.excludedTotal, page.coMediatorsTotal], [all.eligibleTotal, all.excludedTotal, all.coMediatorsTotal]);
        // The pairing is chosen from the whole lists, also when its members are not on the page.
        assert.deepEqual(page.coMediation, all.coMediation);
      }
    });
  }

  test('a co-mediation pair beyond the page is still suggested', () => {
    const experienced = mediator({ id: 'z-lead', municipality: WESTERVELD, concludedTotal: 9, openCases: 2, maxConcurrentCases: 3 });
    const newcomers = ['a', 'b', 'c'].map((id) => mediator({ id: `${id}-new`, municipality: STAPHORST, concludedTotal: 0 }));
    const page = rankCandidatePage(c, prepareCandidatePool([experienced, ...newcomers].map((m) => ({ mediator: m }))), {}, 1);
    assert.equal(page.eligible.length, 1);
    assert.notEqual(page.eligible[0]!.mediator.id, 'z-lead');
    assert.equal(page.coMediation?.lead.mediator.id, 'z-lead');
    assert.equal(page.coMediation?.lead.rank, 4);
  });

  test('extra exclusions exclude in every role and come before the domain reasons', () => {
    const blocked = mediator({ id: 'blocked', municipality: MEPPEL, status: 'in_training', concludedTotal: 0 });
    const fine = mediator({ id: 'fine' });
    const pool = prepareCandidatePool([
      { mediator: blocked, extraExclusions: [{ code: 'no_account', reason: 'Heeft geen actief account' }] },
      { mediator: fine },
    ]);
    const page = rankCandidatePage(c, pool);
    assert.deepEqual(ids(page.eligible), ['fine']);
    assert.deepEqual(page.coMediators, []);
    assert.deepEqual(
      page.excluded.map((x) => x.exclusions.map((e) => e.code)),
      [['no_account', 'party_municipality', 'in_training']],
    );
  });
});
