import type { CaseStatus } from './case-status.js';

/**
 * Where triage sends a case. Pool routes continue to matching; the others end the case as
 * `referred`. Judgement calls:
 * - external mediator stays in the pool: the coordinator still arranges (and matches) the
 *   independent mediator, and hours and costs still run through the pool;
 * - neighbourhood mediation (buurtbemiddeling) leaves the pool: it is run by its own
 *   organisation with volunteers, so it is a referral with that organisation as destination.
 */
export const TRIAGE_ROUTES = [
  'formal_mediation',
  'process_facilitator',
  'neighbourhood_mediation',
  'coaching',
  'group_mediation',
  'external_mediator',
  'refer_elsewhere',
  'not_suitable',
] as const;
export type TriageRoute = (typeof TRIAGE_ROUTES)[number];

export const isTriageRoute = (v: unknown): v is TriageRoute =>
  typeof v === 'string' && (TRIAGE_ROUTES as readonly string[]).includes(v);

export const TRIAGE_ROUTE_LABELS: Readonly<Record<TriageRoute, string>> = {
  formal_mediation: 'Formele mediation',
  process_facilitator: 'Procesbegeleider (informele aanpak)',
  neighbourhood_mediation: 'Buurtbemiddeling',
  coaching: 'Conflictcoaching',
  group_mediation: 'Groepsbemiddeling',
  external_mediator: 'Externe mediator',
  refer_elsewhere: 'Doorverwijzen naar een andere instantie',
  not_suitable: 'Niet geschikt voor bemiddeling',
};

export const POOL_ROUTES: readonly TriageRoute[] = [
  'formal_mediation',
  'process_facilitator',
  'coaching',
  'group_mediation',
  'external_mediator',
];

export const isPoolRoute = (route: TriageRoute): boolean => POOL_ROUTES.includes(route);

/** Routes that need a destination agency (which organisation the case goes to). */
export const ROUTES_NEEDING_DESTINATION: readonly TriageRoute[] = ['refer_elsewhere', 'neighbourhood_mediation'];

export const statusAfterTriage = (route: TriageRoute): Extract<CaseStatus, 'matching' | 'referred'> =>
  isPoolRoute(route) ? 'matching' : 'referred';
