import { hasRole, type Actor } from '../../auth/actor.js';

/**
 * Reports: coordinators for the pool and any member; contacts for their own municipality; finance
 * the hours only. Case-level exports (the anonymised register) are for coordinators.
 */
export const canReports = (actor: Actor) => hasRole(actor, 'coordinator', 'contact', 'finance');
export const seesCaseFigures = (actor: Actor) => hasRole(actor, 'coordinator', 'contact');
export const canCaseRegister = (actor: Actor) => hasRole(actor, 'coordinator');
