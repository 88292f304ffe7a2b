/**
 * The kinds of initiative the public directory lists beside the pools (issue 15, item 3): the
 * routes a resident may take besides the pool's mediation.
 */
export const INITIATIVE_KINDS = ['neighbourhood_mediation', 'informal_approach', 'legal_advice', 'other'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
