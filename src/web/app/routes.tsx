import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Role } from '../../domain/roles.js';
import { Loading } from '../components/loading.js';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page.js';
import { InvitationPage } from '../features/auth/invitation-page.js';
import { LoginPage } from '../features/auth/login-page.js';
import { ResetPasswordPage } from '../features/auth/reset-password-page.js';
import { AuditPage } from '../features/audit/audit-page.js';
import { caseRoutes } from '../features/cases/case-routes.js';
import { ErrorPage, RootErrorPage } from '../features/errors/error-page.js';
import { NotFoundPage } from '../features/errors/not-found-page.js';
import { HomePage } from '../features/home/home-page.js';
import { hoursRoutes } from '../features/hours/hours-routes.js';
import { ConsentPage } from '../features/matching/consent-page.js';
import { matchingRoutes } from '../features/matching/matching-routes.js';
import { MailOutboxPage } from '../features/mail-outbox/mail-outbox-page.js';
import { ProfilePage } from '../features/profile/profile-page.js';
import { registryRoutes } from '../features/registry/registry-routes.js';
import { outcomeRoutes } from '../features/outcomes/outcome-routes.js';
import { SurveyPage } from '../features/outcomes/survey-page.js';
import { reportRoutes } from '../features/reports/report-routes.js';
import { settlementRoutes } from '../features/settlement/settlement-routes.js';
import { InvitationsPage } from '../features/users/invitations-page.js';
import { UserEditPage } from '../features/users/user-edit-page.js';
import { UsersPage } from '../features/users/users-page.js';
import { AppShell } from './app-shell.js';
import { PublicLayout } from './public-layout.js';
import { RequireAuth, RequireRole } from './require-auth.js';
import { useSession } from './session.js';

const ADMIN: readonly Role[] = ['admin'];
const admin = (element: ReactElement) => <RequireRole roles={ADMIN}>{element}</RequireRole>;

/** Unknown addresses get the 404 page inside the frame that fits: signed in or not. */
function AdaptiveLayout() {
  const { state } = useSession();
  if (state.status === 'loading') {
    return (
      <div className="mp-boot">
        <Loading />
      </div>
    );
  }
  return state.status === 'authenticated' ? <AppShell /> : <PublicLayout />;
}

/** Each layout catches errors of its pages itself, so the header and menu stay usable. */
const withErrorBoundary = (children: RouteObject[]): RouteObject[] => [{ errorElement: <ErrorPage />, children }];

export const routes: RouteObject[] = [
  {
    errorElement: <RootErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: withErrorBoundary([
          { path: '/inloggen', element: <LoginPage /> },
          { path: '/uitnodiging/:token', element: <InvitationPage /> },
          { path: '/wachtwoord-vergeten', element: <ForgotPasswordPage /> },
          { path: '/wachtwoord-herstellen/:token', element: <ResetPasswordPage /> },
          { path: '/instemming/:token', element: <ConsentPage /> },
          { path: '/tevredenheid/:token', element: <SurveyPage /> },
        ]),
      },
      {
        element: (
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        ),
        children: withErrorBoundary([
          { path: '/', element: <HomePage /> },
          { path: '/profiel', element: <ProfilePage /> },
          ...matchingRoutes,
          ...caseRoutes,
          { path: '/beheer/gebruikers', element: admin(<UsersPage />) },
          { path: '/beheer/gebruikers/:userId', element: admin(<UserEditPage />) },
          { path: '/beheer/uitnodigingen', element: admin(<InvitationsPage />) },
          { path: '/beheer/audit', element: admin(<AuditPage />) },
          { path: '/beheer/e-mail', element: admin(<MailOutboxPage />) },
          ...registryRoutes,
          ...reportRoutes,
          ...hoursRoutes,
          ...outcomeRoutes,
          ...settlementRoutes,
        ]),
      },
      {
        element: <AdaptiveLayout />,
        children: withErrorBoundary([{ path: '*', element: <NotFoundPage /> }]),
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
