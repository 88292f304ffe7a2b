import { hasRole, type Actor } from '../../auth/actor.js';

/**
 * The pool-health overview names dormant mediators and registrations about to lapse: for the
 * administrators and coordinators who keep the pool going.
 */
export const canPoolHealth = (actor: Actor, _action: 'read') => hasRole(actor, 'admin', 'coordinator');
