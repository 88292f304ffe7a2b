import { hasAnyRole } from '../../app/navigation.js';
import { useCurrentSession } from '../../app/session.js';

/**
 * Which registry pages to offer the signed-in person (the home page's links) and the two decisions
 * that belong to other modules (picking an existing account is the users module's, reading the
 * agreement policy the sessions module's). The buttons on a page come from the `allowedActions`
 * the server sends with the mediator, the municipalities and the settings, not from here.
 */
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
