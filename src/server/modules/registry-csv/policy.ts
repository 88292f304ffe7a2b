import { hasRole, type Actor } from '../../auth/actor.js';

/** Bulk import and export of the registry: for the administrators and coordinators who keep it. */
export const canRegistryCsv = (actor: Actor, _action: 'export' | 'import') => hasRole(actor, 'admin', 'coordinator');
