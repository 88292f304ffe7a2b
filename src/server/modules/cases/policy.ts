import { hasRole, type Actor } from '../../auth/actor.js';

/** A contact refers for their own municipality; a coordinator for any member municipality. */
export function canRefer(actor: Actor, municipalityId: string): boolean {
  if (hasRole(actor, 'coordinator')) return true;
  return hasRole(actor, 'contact') && actor.municipalityId === municipalityId;
}

export const canTriage = (actor: Actor) => hasRole(actor, 'coordinator');

