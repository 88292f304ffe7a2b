import { lazy, Suspense, type ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { SessionAction } from '../../contract/auth.js';
import { Loading } from '../components/loading.js';
import { ErrorPage, RootErrorPage } from '../features/errors/error-page.js';
import { NotFoundPage } from '../features/errors/not-found-page.js';
import { LoginPage } from '../features/auth/login-page.js';
import { loadFeatureMessages, type Feature } from '../i18n/catalogues.js';
import { PublicLayout } from './public-layout.js';
import { ENROL_PATH, RequireAction, SECOND_STEP_PATH } from './require-auth.js';
import { DIRECTORY_PATH, DIRECTORY_POOL_PATH, FEATURE_ROUTES, FRONT_DOOR_PATH, FRONT_DOOR_REPORT_PATH, FRONT_DOOR_STATUS_PATH, PLATFORM_INITIATIVES_PATH, PLATFORM_POOLS_PATH, POOL_PUBLIC_PAGE_PATH } from './route-paths.js';
import { useSession } from './session.js';

/*
 * Every page is loaded when it is first opened (route `lazy`), with the feature catalogues it
 * needs, so the login page downloads the frame and itself, not every feature. Vite makes a chunk
 * of each dynamic import and of the code they share. The login page alone is in the entry chunk:
 * it is where nearly every visit starts (a visitor without a session is sent there), and its few
 * small modules then cost no requests of their own.
 */

const booting = (
  <div className="mp-boot">
    <Loading />
  </div>
);

/** A route whose page module (and feature catalogues) load when the route is first matched. */
function page<M>(load: () => Promise<M>, render: (m: M) => ReactElement, messages: readonly Feature[] = []): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const [m] = await Promise.all([load(), loadFeatureMessages(messages)]);
      return { element: render(m) };
    },
  };
}

/** An administration page, opened when the session's allowed actions include its area. */
const adminPage = <M,>(area: SessionAction, load: () => Promise<M>, render: (m: M) => ReactElement, messages: readonly Feature[]) =>
  page(load, (m) => <RequireAction action={area}>{render(m)}</RequireAction>, messages);
const USERS: readonly Feature[] = ['users', 'userEdit', 'invitations', 'security'];

/**
 * A feature's signed-in pages: its addresses are known here (route-paths.ts); its routes file,
 * with the pages and the roles per page, is loaded when one of them is opened.
 */
function featureRoutes(feature: { paths: readonly string[]; messages: readonly Feature[] }, load: () => Promise<RouteObject[]>): RouteObject[] {
  return feature.paths.map((path) => ({
    path,
    ...page(load, (routes) => {
      const route = routes.find((r) => r.path === path);
      if (!route?.element) throw new Error(`${path} is not among the feature's routes`);
      return route.element as ReactElement;
    }, feature.messages),
  }));
}

const SignedInFrame = lazy(() => import('./signed-in-frame.js').then((m) => ({ default: m.SignedInFrame })));

/** Unknown addresses get the 404 page inside the frame that fits: signed in or not. */
function AdaptiveLayout() {
  const { state } = useSession();
  if (state.status === 'loading') return booting;
  if (state.status !== 'authenticated') return <PublicLayout />;
  return (
    <Suspense fallback={booting}>
      <SignedInFrame />
    </Suspense>
  );
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
          { path: '/uitnodiging/:token', ...page(() => import('../features/auth/invitation-page.js'), (m) => <m.InvitationPage />) },
          { path: SECOND_STEP_PATH, ...page(() => import('../features/account-security/second-step-page.js'), (m) => <m.SecondStepPage />, ['security']) },
          { path: ENROL_PATH, ...page(() => import('../features/account-security/enrol-page.js'), (m) => <m.EnrolPage />, ['security']) },
          { path: '/wachtwoord-vergeten', ...page(() => import('../features/auth/forgot-password-page.js'), (m) => <m.ForgotPasswordPage />) },
          { path: '/wachtwoord-herstellen/:token', ...page(() => import('../features/auth/reset-password-page.js'), (m) => <m.ResetPasswordPage />) },
          { path: '/instemming/:token', ...page(() => import('../features/matching/consent-page.js'), (m) => <m.ConsentPage />, ['matching']) },
          { path: '/datumprikker/:token', ...page(() => import('../features/community/poll-link-page.js'), (m) => <m.PollLinkPage />, ['community']) },
          { path: '/tevredenheid/:token', ...page(() => import('../features/outcomes/survey-page.js'), (m) => <m.SurveyPage />, ['outcomes']) },
          { path: DIRECTORY_PATH, ...page(() => import('../features/directory/directory-page.js'), (m) => <m.DirectoryPage />, ['directory']) },
          { path: DIRECTORY_POOL_PATH, ...page(() => import('../features/directory/pool-page.js'), (m) => <m.PoolPage />, ['directory']) },
          { path: FRONT_DOOR_PATH, ...page(() => import('../features/front-door/front-door-page.js'), (m) => <m.FrontDoorPage />, ['frontDoor']) },
          { path: FRONT_DOOR_STATUS_PATH, ...page(() => import('../features/front-door/status-page.js'), (m) => <m.FrontDoorStatusPage />, ['frontDoor']) },
        ]),
      },
      {
        lazy: async () => ({ Component: (await import('./signed-in-frame.js')).SignedInLayout }),
        children: withErrorBoundary([
          { path: '/', ...page(() => import('../features/home/home-page.js'), (m) => <m.HomePage />, ['workspace']) },
          { path: '/profiel', ...page(() => import('../features/profile/profile-page.js'), (m) => <m.ProfilePage />, ['profile', 'security']) },
          { path: '/profiel/beveiliging', ...page(() => import('../features/account-security/security-page.js'), (m) => <m.SecurityPage />, ['security']) },
          ...featureRoutes(FEATURE_ROUTES.matching, () => import('../features/matching/matching-routes.js').then((m) => m.matchingRoutes)),
          ...featureRoutes(FEATURE_ROUTES.cases, () => import('../features/cases/case-routes.js').then((m) => m.caseRoutes)),
          { path: '/beheer/gebruikers', ...adminPage('users.manage', () => import('../features/users/users-page.js'), (m) => <m.UsersPage />, USERS) },
          { path: '/beheer/gebruikers/:userId', ...adminPage('users.manage', () => import('../features/users/user-edit-page.js'), (m) => <m.UserEditPage />, USERS) },
          { path: '/beheer/uitnodigingen', ...adminPage('users.manage', () => import('../features/users/invitations-page.js'), (m) => <m.InvitationsPage />, USERS) },
          { path: '/beheer/audit', ...adminPage('audit.read', () => import('../features/audit/audit-page.js'), (m) => <m.AuditPage />, ['audit']) },
          { path: '/beheer/verwerkingsregister', ...adminPage('processing.manage', () => import('../features/processing-register/register-page.js'), (m) => <m.ProcessingRegisterPage />, ['processing']) },
          { path: '/beheer/verwerkingsregister/nieuw', ...adminPage('processing.manage', () => import('../features/processing-register/activity-edit-page.js'), (m) => <m.ActivityEditPage />, ['processing']) },
          { path: '/beheer/verwerkingsregister/:code', ...adminPage('processing.manage', () => import('../features/processing-register/activity-edit-page.js'), (m) => <m.ActivityEditPage />, ['processing']) },
          { path: '/beheer/auditketen', ...adminPage('processing.manage', () => import('../features/processing-register/audit-chain-page.js'), (m) => <m.AuditChainPage />, ['processing']) },
          { path: PLATFORM_POOLS_PATH, ...page(() => import('../features/network/platform-pools-page.js'), (m) => <m.PlatformPoolsPage />, ['network']) },
          { path: FRONT_DOOR_REPORT_PATH, ...adminPage('front-door.report', () => import('../features/front-door/report-page.js'), (m) => <m.FrontDoorReportPage />, ['frontDoor']) },
          { path: PLATFORM_INITIATIVES_PATH, ...page(() => import('../features/directory/initiatives-admin-page.js'), (m) => <m.InitiativesAdminPage />, ['directory']) },
          { path: POOL_PUBLIC_PAGE_PATH, ...adminPage('pool-settings.read', () => import('../features/directory/pool-text-page.js'), (m) => <m.PoolTextPage />, ['directory']) },
          { path: '/uitlenen/verzoeken', ...adminPage('lending.loans', () => import('../features/lending/loan-queue-page.js'), (m) => <m.LoanQueuePage />, []) },
          { path: '/beheer/uitleenovereenkomsten', ...adminPage('lending.agreements', () => import('../features/lending-agreements/agreements-page.js'), (m) => <m.LendingAgreementsPage />, ['lendingAgreements']) },
          { path: '/beheer/e-mail', ...adminPage('mail.read', () => import('../features/mail-outbox/mail-outbox-page.js'), (m) => <m.MailOutboxPage />, ['mail']) },
          { path: '/beheer/inloggen', ...adminPage('sso.manage', () => import('../features/single-sign-on/sign-in-settings-page.js'), (m) => <m.SignInSettingsPage />, ['singleSignOn']) },
          { path: '/beheer/inloggen/:providerId', ...adminPage('sso.manage', () => import('../features/single-sign-on/provider-editor-page.js'), (m) => <m.ProviderEditorPage />, ['singleSignOn']) },
          { path: '/beheer/bewaartermijnen', ...adminPage('retention.read', () => import('../features/privacy/retention-terms-page.js'), (m) => <m.RetentionTermsPage />, ['privacy']) },
          { path: '/beheer/vernietigingslijsten', ...adminPage('retention.read', () => import('../features/privacy/destruction-lists-page.js'), (m) => <m.DestructionListsPage />, ['privacy']) },
          { path: '/beheer/vernietigingslijsten/:listId', ...adminPage('retention.read', () => import('../features/privacy/destruction-list-page.js'), (m) => <m.DestructionListPage />, ['privacy']) },
          { path: '/beheer/betrokkenen', ...adminPage('data-subjects.manage', () => import('../features/privacy/data-subjects-page.js'), (m) => <m.DataSubjectsPage />, ['privacy']) },
          ...featureRoutes(FEATURE_ROUTES.registry, () => import('../features/registry/registry-routes.js').then((m) => m.registryRoutes)),
          ...featureRoutes(FEATURE_ROUTES.reports, () => import('../features/reports/report-routes.js').then((m) => m.reportRoutes)),
          ...featureRoutes(FEATURE_ROUTES.poolBenchmark, () => import('../features/pool-benchmark/pool-benchmark-routes.js').then((m) => m.poolBenchmarkRoutes)),
          ...featureRoutes(FEATURE_ROUTES.hours, () => import('../features/hours/hours-routes.js').then((m) => m.hoursRoutes)),
          ...featureRoutes(FEATURE_ROUTES.outcomes, () => import('../features/outcomes/outcome-routes.js').then((m) => m.outcomeRoutes)),
          ...featureRoutes(FEATURE_ROUTES.community, () => import('../features/community/community-routes.js').then((m) => m.communityRoutes)),
          ...featureRoutes(FEATURE_ROUTES.knowledgeBase, () => import('../features/knowledge-base/knowledge-routes.js').then((m) => m.knowledgeRoutes)),
          ...featureRoutes(FEATURE_ROUTES.caseDiscussion, () => import('../features/case-discussion/discussion-routes.js').then((m) => m.discussionRoutes)),
          ...featureRoutes(FEATURE_ROUTES.events, () => import('../features/events/events-routes.js').then((m) => m.eventsRoutes)),
          ...featureRoutes(FEATURE_ROUTES.settlement, () => import('../features/settlement/settlement-routes.js').then((m) => m.settlementRoutes)),
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
