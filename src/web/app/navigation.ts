import type { Role } from '../../domain/roles.js';
import type { SessionAction } from '../../contract/auth.js';
import type { Messages } from '../i18n/nl.js';

export interface NavItem {
  to: string;
  label: (t: Messages) => string;
  /** One line for the task links on the home page. */
  description?: (t: Messages) => string;
  /**
   * The area(s) of the session's `allowedActions` that open the item (any one of them suffices);
   * absent means everyone who is signed in.
   */
  opens?: readonly SessionAction[];
  /** Only an exact match marks the item as the current page (for "/"). */
  end?: boolean;
  /** Other paths that belong to this item, e.g. the invitations under Gebruikers. */
  also?: readonly string[];
}

/**
 * The main menu, in order. A module adds its entry here with the area(s) that open it; the server
 * says per session which areas the person may open (from the modules' policies), so the menu shows
 * each person only what the server would let them use.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: (t) => t.nav.home, end: true },
  { to: '/zaken', label: (t) => t.cases.nav, description: (t) => t.cases.navDescription, opens: ['cases.list'] },
  { to: '/register', label: (t) => t.registry.nav.register, description: (t) => t.registry.nav.registerDescription, opens: ['registry.read'] },
  { to: '/taken', label: (t) => t.matching.nav, description: (t) => t.matching.navDescription, opens: ['matching.tasks'] },
  { to: '/mijn-beschikbaarheid', label: (t) => t.registry.nav.own, description: (t) => t.registry.nav.ownDescription, opens: ['registry.own'] },
  { to: '/uren', label: (t) => t.hours.nav, description: (t) => t.hours.navDescription, opens: ['hours.log', 'hours.review'] },
  { to: '/nazorg', label: (t) => t.outcomes.nav, description: (t) => t.outcomes.navDescription, opens: ['outcomes.aftercare'] },
  { to: '/verrekening', label: (t) => t.settlement.nav, description: (t) => t.settlement.navDescription, opens: ['settlement.read'] },
  { to: '/community', label: (t) => t.nav.community, description: (t) => t.nav.communityDescription, opens: ['community.read'] },
  { to: '/rapportages', label: (t) => t.reports.nav, description: (t) => t.reports.navDescription, opens: ['reports.read'] },
  { to: '/voorportaal/rapport', label: (t) => t.nav.frontDoorReport, description: (t) => t.nav.frontDoorReportDescription, opens: ['front-door.report'] },
  { to: '/matching/gewichten', label: (t) => t.matching.weights.nav, description: (t) => t.matching.weights.navDescription, opens: ['matching.weights'] },
  { to: '/uitlenen/verzoeken', label: (t) => t.nav.loanRequests, description: (t) => t.nav.loanRequestsDescription, opens: ['lending.loans'] },
  { to: '/beheer/uitleenovereenkomsten', label: (t) => t.nav.lendingAgreements, description: (t) => t.nav.lendingAgreementsDescription, opens: ['lending.agreements'] },
  { to: '/beheer/gebruikers', label: (t) => t.nav.users, description: (t) => t.home.tasks.users, opens: ['users.manage'], also: ['/beheer/uitnodigingen'] },
  { to: '/beheer/audit', label: (t) => t.nav.audit, description: (t) => t.home.tasks.audit, opens: ['audit.read'] },
  { to: '/beheer/verwerkingsregister', label: (t) => t.nav.processing, description: (t) => t.home.tasks.processing, opens: ['processing.manage'], also: ['/beheer/auditketen'] },
  { to: '/beheer/e-mail', label: (t) => t.nav.mail, description: (t) => t.home.tasks.mail, opens: ['mail.read'] },
  { to: '/beheer/inloggen', label: (t) => t.nav.signIn, opens: ['sso.manage'] },
  { to: '/beheer/bewaartermijnen', label: (t) => t.nav.retention, description: (t) => t.home.tasks.retention, opens: ['retention.read'], also: ['/beheer/vernietigingslijsten'] },
  { to: '/beheer/betrokkenen', label: (t) => t.nav.dataSubjects, description: (t) => t.home.tasks.dataSubjects, opens: ['data-subjects.manage'] },
  { to: '/profiel', label: (t) => t.nav.profile, description: (t) => t.home.tasks.profile },
];

/** Whether the session's allowed actions include any of `wanted`. */
export const mayOpen = (allowed: readonly SessionAction[], wanted: SessionAction | readonly SessionAction[]) =>
  (typeof wanted === 'string' ? [wanted] : wanted).some((a) => allowed.includes(a));

/** The menu items this session may open. */
export const visibleNavItems = (allowed: readonly SessionAction[]) => NAV_ITEMS.filter((item) => !item.opens || mayOpen(allowed, item.opens));

/**
 * Whether someone holds one of the roles: for showing role *labels* only. What a person may open
 * or do comes from the server (`allowedActions`): use `mayOpen` or `RequireAction` for that.
 * @deprecated for access decisions; kept while the feature pages move to allowedActions.
 */
export const hasAnyRole = (roles: readonly Role[], allowed: readonly Role[]) => allowed.some((r) => roles.includes(r));

const within = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/** Whether the menu item is the section of the current page (marked with aria-current). */
export const isCurrentItem = (item: NavItem, pathname: string) =>
  item.end ? pathname === item.to : within(pathname, item.to) || (item.also ?? []).some((p) => within(pathname, p));
