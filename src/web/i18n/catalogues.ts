import type { CoreMessages, FeatureMessages, Messages } from './nl.js';

/**
 * The catalogues, loaded as they are needed: each language's frame catalogue (`nl.ts`; `en.ts`
 * with `en-problems.ts`) and each feature's (`features/<feature>/i18n-<lang>.ts`) is a chunk of its
 * own, fetched by a dynamic import. Only the language shown is loaded; choosing the other one
 * loads the other language's frame and every feature loaded so far before anything switches, so
 * no page ever shows a missing text.
 *
 * A module-level store rather than React state, so the router's lazy routes can ask for a
 * feature's catalogue before its page renders (app/routes.tsx); I18nProvider shows what it holds.
 */
export type Locale = 'nl' | 'en';
export type Feature = keyof FeatureMessages;

export const LOCALES: readonly Locale[] = ['nl', 'en'];
export const isLocale = (v: unknown): v is Locale => v === 'nl' || v === 'en';

const frames: Record<Locale, () => Promise<CoreMessages>> = {
  nl: () => import('./nl.js').then((m) => m.nl),
  en: () => import('./en.js').then((m) => m.en),
};

type FeatureLoaders = { [F in Feature]: Record<Locale, () => Promise<FeatureMessages[F]>> };
/** A new feature catalogue is added here, and to `FeatureMessages` in nl.ts. */
const features: FeatureLoaders = {
  registry: { nl: () => import('../features/registry/i18n-nl.js').then((m) => m.registryNl), en: () => import('../features/registry/i18n-en.js').then((m) => m.registryEn) },
  cases: { nl: () => import('../features/cases/i18n-nl.js').then((m) => m.casesNl), en: () => import('../features/cases/i18n-en.js').then((m) => m.casesEn) },
  matching: { nl: () => import('../features/matching/i18n-nl.js').then((m) => m.matchingNl), en: () => import('../features/matching/i18n-en.js').then((m) => m.matchingEn) },
  reports: { nl: () => import('../features/reports/i18n-nl.js').then((m) => m.reportsNl), en: () => import('../features/reports/i18n-en.js').then((m) => m.reportsEn) },
  outcomes: { nl: () => import('../features/outcomes/i18n-nl.js').then((m) => m.outcomesNl), en: () => import('../features/outcomes/i18n-en.js').then((m) => m.outcomesEn) },
  hours: { nl: () => import('../features/hours/i18n-nl.js').then((m) => m.hoursNl), en: () => import('../features/hours/i18n-en.js').then((m) => m.hoursEn) },
  settlement: { nl: () => import('../features/settlement/i18n-nl.js').then((m) => m.settlementNl), en: () => import('../features/settlement/i18n-en.js').then((m) => m.settlementEn) },
  sessions: { nl: () => import('../features/sessions/i18n-nl.js').then((m) => m.sessionsNl), en: () => import('../features/sessions/i18n-en.js').then((m) => m.sessionsEn) },
  profile: { nl: () => import('../features/profile/i18n-nl.js').then((m) => m.profileNl), en: () => import('../features/profile/i18n-en.js').then((m) => m.profileEn) },
  security: {
    nl: () => import('../features/account-security/i18n-nl.js').then((m) => m.securityNl),
    en: () => import('../features/account-security/i18n-en.js').then((m) => m.securityEn),
  },
  // One chunk per language for the three catalogues of the users folder.
  users: { nl: () => import('../features/users/i18n-nl.js').then((m) => m.usersNl), en: () => import('../features/users/i18n-en.js').then((m) => m.usersEn) },
  userEdit: { nl: () => import('../features/users/i18n-nl.js').then((m) => m.userEditNl), en: () => import('../features/users/i18n-en.js').then((m) => m.userEditEn) },
  invitations: { nl: () => import('../features/users/i18n-nl.js').then((m) => m.invitationsNl), en: () => import('../features/users/i18n-en.js').then((m) => m.invitationsEn) },
  audit: { nl: () => import('../features/audit/i18n-nl.js').then((m) => m.auditNl), en: () => import('../features/audit/i18n-en.js').then((m) => m.auditEn) },
  mail: { nl: () => import('../features/mail-outbox/i18n-nl.js').then((m) => m.mailNl), en: () => import('../features/mail-outbox/i18n-en.js').then((m) => m.mailEn) },
  processing: {
    nl: () => import('../features/processing-register/i18n-nl.js').then((m) => m.processingNl),
    en: () => import('../features/processing-register/i18n-en.js').then((m) => m.processingEn),
  },
  privacy: { nl: () => import('../features/privacy/i18n-nl.js').then((m) => m.privacyNl), en: () => import('../features/privacy/i18n-en.js').then((m) => m.privacyEn) },
  community: { nl: () => import('../features/community/i18n-nl.js').then((m) => m.communityNl), en: () => import('../features/community/i18n-en.js').then((m) => m.communityEn) },
  knowledgeBase: { nl: () => import('../features/knowledge-base/i18n-nl.js').then((m) => m.knowledgeBaseNl), en: () => import('../features/knowledge-base/i18n-en.js').then((m) => m.knowledgeBaseEn) },
  caseDiscussion: { nl: () => import('../features/case-discussion/i18n-nl.js').then((m) => m.caseDiscussionNl), en: () => import('../features/case-discussion/i18n-en.js').then((m) => m.caseDiscussionEn) },
  events: { nl: () => import('../features/events/i18n-nl.js').then((m) => m.eventsNl), en: () => import('../features/events/i18n-en.js').then((m) => m.eventsEn) },
  growth: { nl: () => import('../features/growth/i18n-nl.js').then((m) => m.growthNl), en: () => import('../features/growth/i18n-en.js').then((m) => m.growthEn) },
  lendingAgreements: {
    nl: () => import('../features/lending-agreements/i18n-nl.js').then((m) => m.lendingAgreementsNl),
    en: () => import('../features/lending-agreements/i18n-en.js').then((m) => m.lendingAgreementsEn),
  },
  network: { nl: () => import('../features/network/i18n-nl.js').then((m) => m.networkNl), en: () => import('../features/network/i18n-en.js').then((m) => m.networkEn) },
  poolBenchmark: {
    nl: () => import('../features/pool-benchmark/i18n-nl.js').then((m) => m.poolBenchmarkNl),
    en: () => import('../features/pool-benchmark/i18n-en.js').then((m) => m.poolBenchmarkEn),
  },
  directory: { nl: () => import('../features/directory/i18n-nl.js').then((m) => m.directoryNl), en: () => import('../features/directory/i18n-en.js').then((m) => m.directoryEn) },
  frontDoor: { nl: () => import('../features/front-door/i18n-nl.js').then((m) => m.frontDoorNl), en: () => import('../features/front-door/i18n-en.js').then((m) => m.frontDoorEn) },
  singleSignOn: {
    nl: () => import('../features/single-sign-on/i18n-nl.js').then((m) => m.singleSignOnNl),
    en: () => import('../features/single-sign-on/i18n-en.js').then((m) => m.singleSignOnEn),
  },
  workspace: { nl: () => import('../features/home/i18n-nl.js').then((m) => m.workspaceNl), en: () => import('../features/home/i18n-en.js').then((m) => m.workspaceEn) },
};

/** The catalogues the signed-in menu and home page name (the rest load with their pages). */
export const MENU_FEATURES: readonly Feature[] = ['registry', 'cases', 'matching', 'reports', 'outcomes', 'hours', 'settlement', 'sessions'];

const STORAGE_KEY = 'mediatorpool.taal';

/** The language the person chose on this device, if they ever did. */
export function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

export interface Shown {
  locale: Locale;
  t: Messages;
}

/** One fetch per chunk; a failed one may be tried again. */
const pending = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = pending.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    pending.set(key, p);
    p.catch(() => pending.delete(key));
  }
  return p;
}

const parts: Record<Locale, Partial<Messages>> = { nl: {}, en: {} };
const wanted = new Set<Feature>();
const listeners = new Set<() => void>();
let shown: Shown | null = null;
/** Dutch first: Dutch unless this device chose English before. The latest choice wins. */
let target: Locale = typeof window === 'undefined' ? 'nl' : (storedLocale() ?? 'nl');

async function loadFrame(locale: Locale): Promise<void> {
  const frame = await once(`frame:${locale}`, frames[locale]);
  Object.assign(parts[locale], frame);
}

async function loadFeature(locale: Locale, feature: Feature): Promise<void> {
  const load: () => Promise<unknown> = features[feature][locale];
  const messages = await once(`${feature}:${locale}`, load);
  (parts[locale] as Record<Feature, unknown>)[feature] = messages;
}

function publish(locale: Locale): void {
  // The frame is complete before anything is shown; features are added as they arrive.
  shown = { locale, t: { ...parts[locale] } as Messages };
  for (const listener of listeners) listener();
}

export const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const getShown = (): Shown | null => shown;
/** The language asked for last (it may still be loading). */
export const targetLocale = (): Locale => target;

/** Loads the frame and every feature asked for so far in `locale`, then shows that language. */
export async function showLocale(locale: Locale): Promise<void> {
  target = locale;
  await Promise.all([loadFrame(locale), ...[...wanted].map((f) => loadFeature(locale, f))]);
  if (target === locale) publish(locale);
}

/**
 * Makes these features' texts part of `t`, in the language shown and in any chosen later.
 * Resolves when they are loaded (the frame may still be on its way: I18nProvider waits for it).
 */
export async function loadFeatureMessages(list: readonly Feature[]): Promise<void> {
  if (list.length === 0) return;
  for (const f of list) wanted.add(f);
  const locale = target;
  await Promise.all(list.map((f) => loadFeature(locale, f)));
  const current = shown;
  if (current && current.locale === locale && list.some((f) => !(f in current.t))) publish(locale);
}
