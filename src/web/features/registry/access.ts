import { useMayOpen } from '../../app/require-auth.js';
import { useCurrentSession } from '../../app/session.js';

/**
 * Which registry pages to offer the signed-in person (the home page's links) and the two decisions
 * that belong to other modules (picking an existing account is the users module's, reading the
 * agreement policy the sessions module's): all from the areas the server sends with the session,
 * each the answer of the owning module's policy. The buttons on a page come from the
 * `allowedActions` sent with the mediator, the municipalities and the settings.
 */
export function useRegistryAccess() {
  const { user, csrfToken } = useCurrentSession();
  const mayOpen = useMayOpen();
  return {
    user,
    csrfToken,
    /** Administrators and coordinators keep the registry. */
    keeper: mayOpen('registry.manage'),
    /** Linking a new mediator to an existing account: the users module's list. */
    picksAccounts: mayOpen('users.manage'),
    /** Settings and rates: read by coordinators and finance too. */
    readsSettings: mayOpen('pool-settings.read'),
    /** Which routes may start without a signed mediation agreement: not finance (the server answers 403). */
    readsAgreementPolicy: mayOpen('sessions.agreement-policy'),
    health: mayOpen('registry.health'),
    csv: mayOpen('registry.csv'),
    /** The mediator's own page (availability, profile). */
    mediator: mayOpen('registry.own'),
  };
}
