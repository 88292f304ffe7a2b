import type { Feature } from '../i18n/catalogues.js';

/** The platform administrator's pools (ADR 0022); the header links to it. */
export const PLATFORM_POOLS_PATH = '/platform/pools';

/** The public directory of pools and initiatives (issue 15, item 3), a pool's page there, and the platform administrator's initiatives. */
export const DIRECTORY_PATH = '/gids';
export const DIRECTORY_POOL_PATH = '/gids/pool/:poolId';
export const directoryPoolPath = (pool: { id: string }) => `/gids/pool/${pool.id}`;
export const PLATFORM_INITIATIVES_PATH = '/platform/initiatieven';
/** A pool's own public page in the directory, kept by its administrator. */
export const POOL_PUBLIC_PAGE_PATH = '/beheer/openbare-pagina';

/** The public front door (issue 15, item 4): the questionnaire, a resident's status link, and the coordinator's report. */
export const FRONT_DOOR_PATH = '/voorportaal';
export const FRONT_DOOR_STATUS_PATH = '/voorportaal/status/:token';
export const FRONT_DOOR_REPORT_PATH = '/voorportaal/rapport';

/**
 * The addresses of each feature's signed-in pages, so the router knows them before the feature's
 * chunk is loaded: `features/<feature>/<feature>-routes.tsx` stays the one place that says which
 * page (and which roles) an address shows, and is fetched only when one of these addresses is
 * opened. A unit test (test/unit/web/route-paths.test.ts) checks that both list the same paths.
 *
 * `messages` are the feature catalogues the pages use (see i18n/catalogues.ts); they are loaded
 * with the pages, before the first render.
 */
export const FEATURE_ROUTES = {
  cases: {
    file: 'cases/case-routes.tsx',
    paths: ['/zaken', '/zaken/aanmelden', '/zaken/:caseId', '/zaken/:caseId/triage'],
    messages: ['cases', 'sessions', 'matching', 'outcomes', 'hours', 'settlement', 'growth'],
  },
  matching: {
    file: 'matching/matching-routes.tsx',
    paths: ['/zaken/matching-voorstel', '/matching/gewichten', '/taken', '/taken/:proposalId', '/voorstellen/:proposalId'],
    messages: ['cases', 'matching'],
  },
  registry: {
    file: 'registry/registry-routes.tsx',
    paths: [
      '/register',
      '/register/instellingen',
      '/register/gemeenten',
      '/register/gemeenten/toevoegen',
      '/register/gemeenten/:municipalityId',
      '/register/mediators',
      '/register/mediators/nieuw',
      '/register/mediators/:mediatorId',
      '/register/mediators/:mediatorId/wijzigen',
      '/register/mediators/:mediatorId/status',
      '/register/gezondheid',
      '/register/import-export',
      '/mijn-beschikbaarheid',
    ],
    messages: ['cases', 'registry', 'growth'],
  },
  reports: { file: 'reports/report-routes.tsx', paths: ['/rapportages', '/rapportages/benchmark'], messages: ['cases', 'outcomes', 'reports'] },
  poolBenchmark: { file: 'pool-benchmark/pool-benchmark-routes.tsx', paths: ['/rapportages/pools-vergelijken'], messages: ['poolBenchmark'] },
  hours: { file: 'hours/hours-routes.tsx', paths: ['/uren', '/uren/goedkeuren'], messages: ['hours'] },
  outcomes: { file: 'outcomes/outcome-routes.tsx', paths: ['/nazorg'], messages: ['outcomes'] },
  community: {
    file: 'community/community-routes.tsx',
    paths: ['/community', '/community/intervisie', '/community/intervisie/nieuw', '/community/intervisie/:groupId', '/community/mijn-punten', '/datumprikkers/:pollId'],
    messages: ['community'],
  },
  knowledgeBase: {
    file: 'knowledge-base/knowledge-routes.tsx',
    paths: [
      '/community/kennisbank',
      '/community/kennisbank/nieuw',
      '/community/kennisbank/redacteuren',
      '/community/kennisbank/:articleId',
      '/community/kennisbank/:articleId/bewerken',
      '/community/kennisbank/:articleId/versies',
    ],
    messages: ['knowledgeBase'],
  },
  caseDiscussion: {
    file: 'case-discussion/discussion-routes.tsx',
    paths: ['/community/casuistiek', '/community/casuistiek/nieuw', '/community/casuistiek/:threadId'],
    messages: ['caseDiscussion'],
  },
  events: {
    file: 'events/events-routes.tsx',
    paths: ['/community/agenda', '/community/agenda/nieuw', '/community/agenda/:eventId', '/community/agenda/:eventId/wijzigen'],
    messages: ['events'],
  },
  settlement: { file: 'settlement/settlement-routes.tsx', paths: ['/verrekening', '/verrekening/:settlementId'], messages: ['hours', 'settlement'] },
} as const satisfies Record<string, { file: string; paths: readonly string[]; messages: readonly Feature[] }>;
