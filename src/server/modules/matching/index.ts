/**
 * Matching: candidates with reasons, proposals, the mediator's declaration, each party's consent
 * (also by personal link), external mediators, the batch suggestion and the score weights. Other
 * modules use it only through this file.
 */
export { matchingRoutes } from './routes.js';
/** For the cases module: a case that leaves `proposed` another way closes its open proposal at once. */
export { closeStaleProposals } from './proposal-lifecycle.js';
/** The matching policy, for the session's list of areas one may open (auth/session-actions.ts). */
export { canMatching, type MatchingAction, type MatchingObject } from './policy.js';
export { seedDemoDisclosureCases } from './seed-demo-disclosure.js';
/** The start page's proposal sections (workspace): the pool's waiting proposals (coordinator), one's own to answer (mediator). */
export { myTaskWork, poolProposalWork } from './queries/proposal-work.js';
/** For lending between pools: a partner pool's mediators who pass this case's hard rules. */
export { partnerEligibility, type PartnerEligible } from './partner-eligibility.js';
