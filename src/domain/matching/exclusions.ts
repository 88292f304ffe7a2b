/**
 * Hard exclusions: a mediator who hits any of these is never proposed in that role. Every rule
 * that applies is reported (not just the first), so the coordinator sees the whole picture and
 * knows what would have to change. A registered relationship with a party is not among them: MfN
 * conduct rule 2.3 asks for disclosure and every party's written acceptance (disclosures.ts).
 * Working for a party is: that is an interest in the outcome (2.1), which no acceptance cures.
 */
import { CASE_TYPE_EXPERIENCE_TEXT, STATUS_TEXT, describeDateRange } from './dutch-text.js';
import { resolvePolicy, type MatchingPolicy, type MatchingPolicyInput } from './policy.js';
import { UNKNOWN_PARTY_DEPARTMENT } from './disclosures.js';
import { prepareCandidate, prepareCase, type PreparedCandidate, type PreparedCase } from './prepared.js';
import type { CandidateMediator, CaseToMatch, MatchRole } from './types.js';

export type ExclusionCode =
  | 'party_municipality'
  | 'party_department'
  | 'not_active'
  | 'in_training'
  | 'not_a_mediator'
  | 'no_specialism'
  | 'at_capacity'
  | 'unavailable'
  | 'declined_before'
  | 'refused_by_party';

export interface Exclusion {
  readonly code: ExclusionCode;
  /** Dutch, for the coordinator. */
  readonly reason: string;
}

/**
 * A rule returns its hits. With `explain` false (the batch, 1.5 million pairs) it returns the
 * shared HIT marker instead of building Dutch sentences nobody reads; the predicate itself is
 * the same code either way, so the batch and the candidate list cannot disagree.
 */
type Rule = (c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy, role: MatchRole, explain: boolean) => readonly Exclusion[];

/** A rule about the mediator alone (status, capacity): the same for every case, so a pool decides it once. */
type MediatorRule = (m: PreparedCandidate, role: MatchRole, explain: boolean) => readonly Exclusion[];

/** A rule about this case; none of them depends on the role. */
type CaseRule = (c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy, explain: boolean) => readonly Exclusion[];

const onMediator = (rule: MediatorRule): Rule => (_c, m, _policy, role, explain) => rule(m, role, explain);
const onCase = (rule: CaseRule): Rule => (c, m, policy, _role, explain) => rule(c, m, policy, explain);

const NONE: readonly Exclusion[] = Object.freeze([]);
const HIT: readonly Exclusion[] = Object.freeze([{ code: 'not_active', reason: '' }] as Exclusion[]);

const ownMunicipality: CaseRule = (c, m, policy, explain) => {
  const party = c.partyMunicipalities.get(m.source.municipality.id);
  if (party === undefined) return NONE;
  // The department exception needs proof that the departments differ; anything unknown keeps
  // the exclusion.
  const department = m.departmentKey;
  let detail: string | undefined;
  if (policy.allowDifferentDepartment) {
    if (department === undefined) detail = 'de eigen afdeling is onbekend';
    else if (party.departmentUnknown) detail = UNKNOWN_PARTY_DEPARTMENT;
    else if (!party.departments.has(department)) return NONE;
  }
  if (!explain) return HIT;
  const name = party.ref.name;
  const base = `Werkt bij ${name}, een partij in deze zaak`;
  if (!policy.allowDifferentDepartment) return [{ code: 'party_municipality', reason: base }];
  if (detail !== undefined) return [{ code: 'party_municipality', reason: `${base}; ${detail}` }];
  const written = party.departments.get(department!)!;
  return [{ code: 'party_department', reason: `Werkt bij de afdeling ${written} van ${name}, een partij in deze zaak` }];
};

const status: MediatorRule = (m, role, explain) => {
  const s = m.source.status;
  if (s === 'active') return NONE;
  if (s === 'in_training') {
    if (role === 'co_mediator') return NONE;
    return !explain ? HIT : [{ code: 'in_training', reason: 'In opleiding: alleen als co-mediator' }];
  }
  if (!explain) return HIT;
  return [{ code: 'not_active', reason: `Status: ${STATUS_TEXT[s]}` }];
};

const kind: CaseRule = (c, m, _policy, explain) => {
  if (m.source.kind === 'mediator' || c.source.route === 'informal_approach') return NONE;
  return !explain ? HIT : [{ code: 'not_a_mediator', reason: 'Procesbegeleider: begeleidt geen formele mediation' }];
};

// 'other' is the catch-all type: there is no specialism to demand.
const specialism: CaseRule = (c, m, _policy, explain) => {
  const type = c.source.caseType;
  if (type === 'other' || m.specialisms.has(type)) return NONE;
  return !explain ? HIT : [{ code: 'no_specialism', reason: `Geen ervaring met ${CASE_TYPE_EXPERIENCE_TEXT[type]} (geen specialisme)` }];
};

const capacity: MediatorRule = (m, _role, explain) => {
  if (m.freeSlots > 0) return NONE;
  if (!explain) return HIT;
  const { openCases, maxConcurrentCases } = m.source;
  const noun = maxConcurrentCases === 1 ? 'zaak' : 'zaken';
  return [{ code: 'at_capacity', reason: `Vol: ${openCases} van ${maxConcurrentCases} ${noun}` }];
};

// Inclusive ISO dates compare correctly as strings.
const availability: CaseRule = (c, m, _policy, explain) => {
  if (m.source.unavailable.length === 0) return NONE;
  const { start, end } = c.source.period;
  const found: Exclusion[] = [];
  for (const range of m.source.unavailable) {
    if (range.start <= end && start <= range.end) {
      if (!explain) return HIT;
      found.push({ code: 'unavailable', reason: `Niet beschikbaar ${describeDateRange(range.start, range.end)}` });
    }
  }
  return found.length === 0 ? NONE : found;
};

const declinedBefore: CaseRule = (c, m, _policy, explain) =>
  !c.declined.has(m.source.id) ? NONE : !explain ? HIT : [{ code: 'declined_before', reason: 'Heeft deze zaak eerder afgewezen' }];

const refusedByParty: CaseRule = (c, m, _policy, explain) =>
  !c.refused.has(m.source.id) ? NONE : !explain ? HIT : [{ code: 'refused_by_party', reason: 'Door een partij geweigerd voor deze zaak' }];

/** Order is the order a coordinator reads them: interest in the outcome first, then practicalities. */
const RULES: readonly Rule[] = [
  onCase(ownMunicipality),
  onMediator(status),
  onCase(kind),
  onCase(specialism),
  onMediator(capacity),
  onCase(availability),
  onCase(declinedBefore),
  onCase(refusedByParty),
];

/**
 * The same rules split for yes/no answers, where order does not matter: the mediator's own
 * (decided once per pool) and the case's, cheapest and most selective first.
 */
const MEDIATOR_RULES: readonly MediatorRule[] = [status, capacity];
const CASE_RULES: readonly CaseRule[] = [specialism, kind, declinedBefore, refusedByParty, ownMunicipality, availability];

/** All exclusions for prepared inputs; used by ranking and batch to avoid re-preparing. */
export function exclusionsFor(c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy, role: MatchRole): Exclusion[] {
  const found: Exclusion[] = [];
  for (const rule of RULES) {
    const hits = rule(c, m, policy, role, true);
    if (hits.length > 0) found.push(...hits);
  }
  return found;
}

/** Excluded in this role whatever the case (status, capacity); a prepared pool keeps the answer. */
export function excludedWhateverTheCase(m: PreparedCandidate, role: MatchRole): boolean {
  for (const rule of MEDIATOR_RULES) {
    if (rule(m, role, false).length > 0) return true;
  }
  return false;
}

/** No exclusion for this case; the same answer for both roles, since no case rule looks at the role. */
export function passesCaseRules(c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy): boolean {
  for (const rule of CASE_RULES) {
    if (rule(c, m, policy, false).length > 0) return false;
  }
  return true;
}

/** Cheaper eligibility test for the batch: stops at the first exclusion. */
export function isEligibleFor(c: PreparedCase, m: PreparedCandidate, policy: MatchingPolicy, role: MatchRole): boolean {
  return !excludedWhateverTheCase(m, role) && passesCaseRules(c, m, policy);
}

/** Every hard exclusion of one mediator for one case in the given role; empty means eligible. */
export function findExclusions(
  matchCase: CaseToMatch,
  mediator: CandidateMediator,
  policy: MatchingPolicyInput = {},
  role: MatchRole = 'lead',
): Exclusion[] {
  return exclusionsFor(prepareCase(matchCase), prepareCandidate(mediator), resolvePolicy(policy), role);
}
