import { hasRole, type Actor } from '../../auth/actor.js';

export type MunicipalityAction = 'list' | 'read' | 'create' | 'update' | 'end-membership' | 'read-contact-details';

/**
 * Everyone in the pool sees which municipalities are members and who their contact persons are;
 * administrators and coordinators keep the list. E-mail addresses of contact persons are visible to
 * them and to people of the same municipality only.
 */
export function canMunicipality(actor: Actor, action: MunicipalityAction, target?: { poolId: string; municipalityId?: string }): boolean {
  if (target && target.poolId !== actor.poolId) return false;
  switch (action) {
    case 'list':
    case 'read':
      return actor.roles.length > 0;
    case 'read-contact-details':
      return hasRole(actor, 'admin', 'coordinator') || (target?.municipalityId !== undefined && target.municipalityId === actor.municipalityId);
    default:
      return hasRole(actor, 'admin', 'coordinator');
  }
}
