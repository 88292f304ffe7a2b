import { isClockState, type ClockState } from '../../../domain/calendar/clock-state.js';
import { isCaseStatus, type CaseStatus } from '../../../domain/cases/case-status.js';
import { CASE_TYPES, type CaseType } from '../../../domain/cases/case-vocabulary.js';
import type { CaseQuery, CaseSort } from '../../api/cases.js';

/**
 * The list's filters as they appear in the address, in Dutch:
 * /zaken?status=triage,matching&soort=employment&gemeente=<id>&termijn=verlopen&q=…&sorteren=termijn
 */
export const CASE_FILTERS = ['status', 'soort', 'gemeente', 'termijn', 'q', 'sorteren'] as const;
export type CaseFilterKey = (typeof CASE_FILTERS)[number];
export type CaseFilterValues = Record<CaseFilterKey, string>;

/** Clock states in the address: readable words instead of the API's codes. */
export const CLOCK_SLUGS: Readonly<Record<ClockState, string>> = { on_time: 'op-tijd', due_soon: 'bijna-verlopen', overdue: 'verlopen' };
const clockFromSlug = (slug: string): ClockState | undefined =>
  (Object.entries(CLOCK_SLUGS) as [ClockState, string][]).find(([, s]) => s === slug)?.[0] ?? (isClockState(slug) ? slug : undefined);

export const SORTS = {
  'aangemeld-nieuw': { sort: 'referredOn', direction: 'desc' },
  'aangemeld-oud': { sort: 'referredOn', direction: 'asc' },
  termijn: { sort: 'nextDue', direction: 'asc' },
  'nummer-op': { sort: 'number', direction: 'asc' },
  'nummer-af': { sort: 'number', direction: 'desc' },
  status: { sort: 'status', direction: 'asc' },
} as const satisfies Record<string, { sort: CaseSort; direction: 'asc' | 'desc' }>;
export type SortKey = keyof typeof SORTS;
export const DEFAULT_SORT: SortKey = 'aangemeld-nieuw';
export const isSortKey = (v: string): v is SortKey => v in SORTS;

const isCaseType = (v: string): v is CaseType => (CASE_TYPES as readonly string[]).includes(v);

export const parseStatuses = (value: string): CaseStatus[] => value.split(',').filter(isCaseStatus);

/** The API query for the filters in the address; unknown values are ignored, not sent. */
export function toCaseQuery(v: CaseFilterValues, page: number, pageSize: number): CaseQuery {
  const statuses = parseStatuses(v.status);
  const clock = clockFromSlug(v.termijn);
  const sort = SORTS[isSortKey(v.sorteren) ? v.sorteren : DEFAULT_SORT];
  return {
    page,
    pageSize,
    ...(statuses.length ? { status: statuses } : {}),
    ...(isCaseType(v.soort) ? { caseType: v.soort } : {}),
    ...(/^[0-9a-f-]{36}$/i.test(v.gemeente) ? { municipalityId: v.gemeente } : {}),
    ...(clock ? { clockState: clock } : {}),
    ...(v.q.trim() ? { q: v.q.trim().slice(0, 200) } : {}),
    sort: sort.sort,
    direction: sort.direction,
  };
}
