import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionAction } from '../../contract/auth.js';
import { Loading } from '../components/loading.js';
import { ForbiddenPage } from '../features/errors/forbidden-page.js';
import { useSession } from './session.js';
import { mayOpen } from './navigation.js';

/** Sends visitors without a session to the login page, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <div className="mp-boot">
        <Loading />
      </div>
    );
  }
  if (state.status === 'anonymous') {
    const back = location.pathname + location.search;
    const search = new URLSearchParams();
    if (state.reason === 'logged-out') search.set('reden', 'uitgelogd');
    else if (back !== '/') search.set('terug', back);
    if (state.reason === 'expired') search.set('reden', 'verlopen');
    const qs = search.toString();
    return <Navigate to={`/inloggen${qs ? `?${qs}` : ''}`} replace />;
  }
  // Signed in by password but the second step (or enrolment) comes first (ADR 0015).
  const step = state.session.secondFactor.status;
  if (step === 'verify' || step === 'enrol') {
    const back = location.pathname + location.search;
    const qs = back !== '/' ? `?terug=${encodeURIComponent(back)}` : '';
    return <Navigate to={`${step === 'verify' ? SECOND_STEP_PATH : ENROL_PATH}${qs}`} replace />;
  }
  return <>{children}</>;
}

/** The second step of signing in, and enrolment when the pool requires a second factor (ADR 0015). */
export const SECOND_STEP_PATH = '/inloggen/tweede-stap';
export const ENROL_PATH = '/inloggen/tweede-factor-instellen';

/**
 * Shows "geen toegang" to signed-in people whose session may open none of the areas (the
 * `allowedActions` the server sends with the session, from the modules' policies).
 */
export function RequireAction({ action, children }: { action: SessionAction | readonly SessionAction[]; children: ReactNode }) {
  const { state } = useSession();
  if (state.status !== 'authenticated') return null;
  if (!mayOpen(state.session.allowedActions, action)) return <ForbiddenPage />;
  return <>{children}</>;
}

/** Whether the signed-in session may open the area(s); false while nobody is signed in. */
export function useMayOpen(): (action: SessionAction | readonly SessionAction[]) => boolean {
  const { state } = useSession();
  const allowed = state.status === 'authenticated' ? state.session.allowedActions : [];
  return (action) => mayOpen(allowed, action);
}

/** Only a path inside this app may be a return address (no "//evil.example"). */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/inloggen')) return '/';
  return value;
}
