import { hasAnyRole } from '../../app/navigation.js';
import { useCurrentSession } from '../../app/session.js';

/** What the signed-in person may do in the registry; the server checks the same on every call. */
export function useRegistryAccess() {
  const { user, csrfToken } = useCurrentSession();
  const roles = user.roles;
  return {
    user,
    csrfToken,
    /** Administrators and coordinators keep the registry. */
    keeper: hasAnyRole(roles, ['admin', 'coordinator']),
    admin: hasAnyRole(roles, ['admin']),
    /** Settings and rates: read by coordinators and finance too. */
    readsSettings: hasAnyRole(roles, ['admin', 'coordinator', 'finance']),
    /** Which routes may start without a signed mediation agreement: not finance (the server answers 403). */
    readsAgreementPolicy: hasAnyRole(roles, ['admin', 'coordinator']),
    mediator: hasAnyRole(roles, ['mediator']),
  };
}
