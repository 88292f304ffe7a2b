import type { Role } from '../../domain/roles.js';
import type { Messages } from '../i18n/nl.js';

export interface NavItem {
  to: string;
  label: (t: Messages) => string;
  /** One line for the task links on the home page. */
  description?: (t: Messages) => string;
  /** Who sees the item; absent means everyone who is signed in. */
  roles?: readonly Role[];
  /** Only an exact match marks the item as the current page (for "/"). */
  end?: boolean;
  /** Other paths that belong to this item, e.g. the invitations under Gebruikers. */
  also?: readonly string[];
}

/**
 * The main menu, in order. A module adds its entry here with the roles that may use it, e.g.
 * Zaken (coordinator, contact, mediator), Register, Verrekening (finance, coordinator),
 * Rapportages; the menu shows each person only what their roles allow.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: (t) => t.nav.home, end: true },
  { to: '/zaken', label: (t) => t.cases.nav, description: (t) => t.cases.navDescription, roles: ['coordinator', 'contact', 'mediator'] },
  { to: '/register', label: (t) => t.registry.nav.register, description: (t) => t.registry.nav.registerDescription, roles: ['admin', 'coordinator', 'contact', 'mediator', 'finance'] },
  { to: '/taken', label: (t) => t.matching.nav, description: (t) => t.matching.navDescription, roles: ['mediator'] },
  { to: '/mijn-beschikbaarheid', label: (t) => t.registry.nav.own, description: (t) => t.registry.nav.ownDescription, roles: ['mediator'] },
  { to: '/uren', label: (t) => t.hours.nav, description: (t) => t.hours.navDescription, roles: ['mediator', 'coordinator'] },
  { to: '/nazorg', label: (t) => t.outcomes.nav, description: (t) => t.outcomes.navDescription, roles: ['mediator', 'coordinator'] },
  { to: '/verrekening', label: (t) => t.settlement.nav, description: (t) => t.settlement.navDescription, roles: ['finance', 'coordinator', 'contact'] },
  { to: '/rapportages', label: (t) => t.reports.nav, description: (t) => t.reports.navDescription, roles: ['coordinator', 'contact', 'finance'] },
  { to: '/matching/gewichten', label: (t) => t.matching.weights.nav, description: (t) => t.matching.weights.navDescription, roles: ['admin', 'coordinator'] },
  { to: '/beheer/gebruikers', label: (t) => t.nav.users, description: (t) => t.home.tasks.users, roles: ['admin'], also: ['/beheer/uitnodigingen'] },
  { to: '/beheer/audit', label: (t) => t.nav.audit, description: (t) => t.home.tasks.audit, roles: ['admin'] },
  { to: '/beheer/e-mail', label: (t) => t.nav.mail, description: (t) => t.home.tasks.mail, roles: ['admin'] },
  { to: '/profiel', label: (t) => t.nav.profile, description: (t) => t.home.tasks.profile },
];

export const visibleNavItems = (roles: readonly Role[]) => NAV_ITEMS.filter((item) => !item.roles || item.roles.some((r) => roles.includes(r)));

export const hasAnyRole = (roles: readonly Role[], allowed: readonly Role[]) => allowed.some((r) => roles.includes(r));

const within = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/** Whether the menu item is the section of the current page (marked with aria-current). */
export const isCurrentItem = (item: NavItem, pathname: string) =>
  item.end ? pathname === item.to : within(pathname, item.to) || (item.also ?? []).some((p) => within(pathname, p));
