/**
 * Co-mediation pairs someone learning the trade with an experienced lead, as FMCS Shared
 * Neutrals does (a lead only after 3 co-mediations). In-training mediators can only ever appear
 * here, never as lead.
 */
import type { CandidateMediator } from './types.js';
import type { Disclosure } from './disclosures.js';
import type { ScoreBreakdown } from './score.js';

/** Fewer concluded mediations and co-mediations than this and a mediator counts as new. */
export const NEW_MEDIATOR_THRESHOLD = 3;

export function isNewMediator(mediator: CandidateMediator): boolean {
  return mediator.status === 'in_training' || mediator.concludedTotal < NEW_MEDIATOR_THRESHOLD;
}

export interface RankedMediator extends ScoreBreakdown {
  readonly mediator: CandidateMediator;
  /** 1-based position in its list. */
  readonly rank: number;
  /** Relationships with a party to disclose before this mediator may act (MfN 2.3); empty: none. */
  readonly disclosures: readonly Disclosure[];
}

export interface CoMediationSuggestion {
  readonly lead: RankedMediator;
  readonly coMediator: RankedMediator;
  readonly explanation: string;
}

const displayName = (m: CandidateMediator): string => m.name ?? m.id;

function experienceText(m: CandidateMediator): string {
  if (m.status === 'in_training') return 'in opleiding';
  return m.concludedTotal === 1 ? '1 afgeronde zaak' : `${m.concludedTotal} afgeronde zaken`;
}

/**
 * Best-ranked experienced lead with the best-ranked new co-mediator. Both lists must already be
 * ranked and filtered by the hard exclusions for their role.
 */
export function suggestCoMediation(
  rankedLeads: readonly RankedMediator[],
  rankedNewcomers: readonly RankedMediator[],
): CoMediationSuggestion | null {
  const lead = rankedLeads.find((r) => !isNewMediator(r.mediator));
  if (lead === undefined) return null;
  const coMediator = rankedNewcomers.find((r) => r.mediator.id !== lead.mediator.id);
  if (coMediator === undefined) return null;
  const explanation =
    `${displayName(coMediator.mediator)} (${experienceText(coMediator.mediator)}) als co-mediator naast ` +
    `${displayName(lead.mediator)} (${experienceText(lead.mediator)})`;
  return { lead, coMediator, explanation };
}
