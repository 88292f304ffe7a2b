import type { CandidateMediator, RankedMediator } from '../../../domain/matching/index.js';
import type { CandidateList, CandidateMediator as PresentedMediator, ExclusionGroup, MatchingAction, RankedCandidate } from '../../../contract/matching.js';
import type { ServerCandidatePage, ServerExclusionGroup } from './eligibility.js';
import type { PoolCase } from './load-matching-inputs.js';
import type { PoolMatchingPolicy } from './matching-settings.js';

const presentMediator = (m: CandidateMediator): PresentedMediator => ({
  id: m.id,
  name: m.name ?? 'Onbekende mediator',
  municipality: { id: m.municipality.id === '' ? null : m.municipality.id, name: m.municipality.name },
  department: m.department ?? null,
  status: m.status,
  kind: m.kind,
  openCases: m.openCases,
  maxConcurrentCases: m.maxConcurrentCases,
  concludedCases: m.concludedTotal,
});

const presentRanked = (r: RankedMediator): RankedCandidate => ({
  rank: r.rank,
  mediator: presentMediator(r.mediator),
  score: r.score,
  scorePoints: r.scorePoints,
  distanceKm: Math.round(r.distanceKm * 10) / 10,
  parts: r.parts.map((p) => ({ key: p.key, raw: p.raw, value: p.value, weight: p.weight, contribution: p.contribution, explanation: p.explanation })),
  disclosures: r.disclosures.map((d) => ({ code: d.code, reason: d.reason })),
});

/** A group of the reasons why nobody qualifies, with the first mediators it names. */
export const presentExclusionGroup = (g: ServerExclusionGroup): ExclusionGroup => ({
  code: g.code,
  count: g.count,
  mediators: g.mediators.map((m) => ({ id: m.id, name: m.name ?? 'Onbekende mediator', openCases: m.openCases, maxConcurrentCases: m.maxConcurrentCases })),
});

/**
 * The candidate list as the coordinator reads it: one page of each list (the totals tell how
 * many there are); a pool has a handful of mediators, but the list must stay fast at 3,000.
 */
export function presentCandidates(
  c: PoolCase,
  page: ServerCandidatePage,
  whyNobody: readonly ServerExclusionGroup[],
  policy: PoolMatchingPolicy,
  actions: MatchingAction[],
): CandidateList {
  return {
    caseId: c.matchCase.id,
    caseNumber: c.number,
    caseStatus: c.status,
    wantsExternalMediator: c.wantsExternalMediator,
    period: { start: c.matchCase.period.start, end: c.matchCase.period.end },
    policy: { allowDifferentDepartment: policy.allowDifferentDepartment, weights: { ...policy.weights } },
    eligible: page.eligible.map(presentRanked),
    eligibleTotal: page.eligibleTotal,
    excluded: page.excluded.map((e) => ({ mediator: presentMediator(e.mediator), exclusions: e.exclusions.map((x) => ({ code: x.code, reason: x.reason })) })),
    excludedTotal: page.excludedTotal,
    whyNobody: whyNobody.map(presentExclusionGroup),
    coMediators: page.coMediators.map(presentRanked),
    coMediatorsTotal: page.coMediatorsTotal,
    coMediation: page.coMediation
      ? { leadId: page.coMediation.lead.mediator.id, coMediatorId: page.coMediation.coMediator.mediator.id, explanation: page.coMediation.explanation }
      : null,
    allowedActions: actions,
  };
}
