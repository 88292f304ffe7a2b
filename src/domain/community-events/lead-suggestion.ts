/**
 * Growing mediators: a mediator in training works as co-mediator beside a lead; after a number of
 * co-mediations with a positive review from the lead (a pool setting; the US federal
 * shared-neutrals programme uses 3) they are suggested for lead status, and the coordinator
 * decides. A declined suggestion comes back only once a further positive review has arrived.
 */
export const DEFAULT_LEAD_AFTER_CO_MEDIATIONS = 3;

export interface LeadSuggestionInput {
  status: string;
  positiveReviews: number;
  threshold: number;
  /** The positive-review count at the latest declined decision, if any. */
  declinedAt: number | null;
}

export function suggestedForLead(i: LeadSuggestionInput): boolean {
  if (i.status !== 'in_training') return false;
  if (i.positiveReviews < i.threshold) return false;
  return i.declinedAt === null || i.positiveReviews > i.declinedAt;
}

/** Case statuses after which the mediation has ended and the lead may review the co-mediator. */
export const REVIEWABLE_CASE_STATUSES: readonly string[] = ['concluded', 'aftercare', 'closed'];
