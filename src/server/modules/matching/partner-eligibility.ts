import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DateRange, MediatorKind } from '../../../domain/matching/index.js';
import { todayInAmsterdam } from '../case-status/index.js';
import { loadMatchingPolicy } from './matching-settings.js';
import { loadPoolCases, loadPoolMediators, matchingPeriod } from './load-matching-inputs.js';
import { exclusionsFor } from './eligibility.js';

/** A mediator of another pool who passes every hard rule for a case of this pool, with only what lending shows. */
export interface PartnerEligible {
  readonly profileId: string;
  readonly userId: string;
  readonly name: string;
  readonly municipality: string;
  readonly kind: MediatorKind;
  readonly specialisms: readonly string[];
  readonly languages: readonly string[];
  readonly unavailable: readonly DateRange[];
  readonly maxConcurrentCases: number;
  readonly openCases: number;
}

/**
 * Lending between pools (issue 15, item 2): the mediators of `lenderPoolId` who may lead this case
 * of `poolId`, under the same hard rules as a home candidate (matching's exclusionsFor: never one
 * whose municipality is a party (MfN 2.1), registered relationships that exclude, capacity, status
 * active, availability, an account that can answer) and the borrowing pool's matching policy.
 * `onlyProfileIds` narrows the lending pool's mediators (the loan request checks one).
 * With a reason per excluded mediator, for the loan request's refusal.
 */
export async function partnerEligibility(
  db: Kysely<DB>,
  poolId: string,
  caseId: string,
  lenderPoolId: string,
  onlyProfileIds?: readonly string[],
): Promise<{ eligible: PartnerEligible[]; excluded: Map<string, { code: string; reason: string }[]> }> {
  const when = matchingPeriod(todayInAmsterdam());
  const [policy, cases, mediators] = await Promise.all([
    loadMatchingPolicy(db, poolId),
    loadPoolCases(db, poolId, when, [caseId]),
    loadPoolMediators(db, lenderPoolId, when, onlyProfileIds),
  ]);
  const matchCase = cases[0];
  const eligible: PartnerEligible[] = [];
  const excluded = new Map<string, { code: string; reason: string }[]>();
  if (!matchCase) return { eligible, excluded };
  for (const m of mediators) {
    const found = exclusionsFor(matchCase, m, policy, 'lead');
    if (found.length > 0 || m.userId === null) {
      excluded.set(m.candidate.id, found.map((e) => ({ code: e.code, reason: e.reason })));
      continue;
    }
    eligible.push({
      profileId: m.candidate.id,
      userId: m.userId,
      name: m.candidate.name ?? 'Onbekende mediator',
      municipality: m.candidate.municipality.name,
      kind: m.candidate.kind,
      specialisms: m.candidate.specialisms,
      languages: m.candidate.languages,
      unavailable: m.candidate.unavailable,
      maxConcurrentCases: m.candidate.maxConcurrentCases,
      openCases: m.candidate.openCases,
    });
  }
  return { eligible, excluded };
}
