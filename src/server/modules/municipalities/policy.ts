import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { MunicipalityAction } from '../../../contract/municipalities.js';

export type { MunicipalityAction };

/** The pool's member list (for list and create), or one municipality of it. */
export interface MunicipalityObject {
  poolId: string;
  municipalityId?: string;
}

/**
 * Everyone in the pool sees which municipalities are members and who their contact persons are;
 * administrators and coordinators keep the list. E-mail addresses of contact persons are visible to
 * them and to people of the same municipality only.
 */
export const canMunicipality: Policy<MunicipalityAction, MunicipalityObject> = (actor, action, object) => {
  if (object.poolId !== actor.poolId) return false;
  switch (action) {
    case 'list':
    case 'read':
      return actor.roles.length > 0;
    case 'read-contact-details':
      return hasRole(actor, 'admin', 'coordinator') || (object.municipalityId !== undefined && object.municipalityId === actor.municipalityId);
    case 'create':
    case 'update':
    case 'end-membership':
      return hasRole(actor, 'admin', 'coordinator');
  }
};
