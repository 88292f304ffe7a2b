import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getCurrentSession, logIn, logOut } from '../api/auth.js';
import { setCsrfToken, setSecondFactorHandler, setUnauthorizedHandler } from '../api/client.js';
import { updateMe } from '../api/profile.js';
import type { CurrentSession, User } from '../api/types.js';
import { isLocale, storedLocale, useI18n } from '../i18n/i18n.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'logged-out' }
  | { status: 'authenticated'; session: CurrentSession };

interface SessionValue {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Re-reads the session, e.g. after accepting an invitation set the cookie. */
  reload(opts?: { preferDeviceLocale?: boolean }): Promise<void>;
  setUser(user: User): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in: read once at start, kept in step with login, logout and expiry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const localeRef = useRef(locale);
  localeRef.current = locale;

  const adopt = useCallback((session: CurrentSession) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'authenticated', session });
  }, []);

  const becomeAnonymous = useCallback((reason?: 'expired' | 'logged-out') => {
    setCsrfToken(null);
    setState(reason ? { status: 'anonymous', reason } : { status: 'anonymous' });
  }, []);

  /**
   * Keeps the account's language and this device's in step. A language picked on this device
   * (before logging in, or on the invitation page) is the newest wish and is stored with the
   * account; otherwise the account's language is used.
   */
  const syncLocale = useCallback(
    (session: CurrentSession, preferDevice: boolean) => {
      const device = storedLocale();
      const account = session.user.locale;
      // While the second step is pending only that step answers (ADR 0015): the locale waits.
      if (preferDevice && device && device !== account && session.secondFactor.status !== 'verify' && session.secondFactor.status !== 'enrol') {
        updateMe({ locale: device }).then(
          (user) => setState((s) => (s.status === 'authenticated' ? { status: 'authenticated', session: { ...s.session, user } } : s)),
          () => {},
        );
      } else if (isLocale(account) && account !== localeRef.current) {
        setLocale(account);
      }
    },
    [setLocale],
  );

  const reload = useCallback(
    async (opts: { preferDeviceLocale?: boolean } = {}) => {
      try {
        const session = await getCurrentSession();
        adopt(session);
        syncLocale(session, opts.preferDeviceLocale ?? false);
      } catch {
        becomeAnonymous();
      }
    },
    [adopt, becomeAnonymous, syncLocale],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    setUnauthorizedHandler(() => becomeAnonymous('expired'));
    // A session that must take the second step first (ADR 0015): read it again; the guard shows the step.
    setSecondFactorHandler(() => void reload());
    return () => {
      setUnauthorizedHandler(null);
      setSecondFactorHandler(null);
    };
  }, [becomeAnonymous, reload]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await logIn(email, password);
      adopt(session);
      syncLocale(session, true);
    },
    [adopt, syncLocale],
  );

  const signOut = useCallback(async () => {
    try {
      await logOut();
    } finally {
      becomeAnonymous('logged-out');
    }
  }, [becomeAnonymous]);

  const setUser = useCallback((user: User) => {
    setState((s) => (s.status === 'authenticated' ? { status: 'authenticated', session: { ...s.session, user } } : s));
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, reload, setUser }), [state, signIn, signOut, reload, setUser]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in session; only for pages behind RequireAuth. */
export function useCurrentSession(): CurrentSession {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useCurrentSession without a session');
  return state.session;
}
