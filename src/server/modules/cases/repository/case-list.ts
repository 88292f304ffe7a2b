import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { hasRole, type Actor } from '../../../auth/actor.js';
import { containsPattern } from '../../../db/like-pattern.js';
import { addWorkingDays } from '../../../../domain/calendar/working-days.js';
import type { IsoDate } from '../../../../domain/calendar/iso-date.js';
import { OPEN_STATUSES } from '../../../../domain/cases/case-status.js';
import { DUE_SOON_WORKING_DAYS, type ClockState } from '../../../../domain/calendar/clock-state.js';
import type { WorkingCalendar } from '../../../../domain/calendar/working-calendar.js';
import type { CaseSort } from '../../../../contract/cases.js';
import { isCurrentMediatorOfCase } from '../../case-status/index.js';
import { cappedCount, pageWindow } from '../../../db/paging.js';

const OPEN_STATUS_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The earliest due date among the clocks still running; NULL when none runs (LEAST skips NULLs).
 * Written out with literals, not parameters, because migration 0016 indexes this very expression
 * for the "next due" order (mediation_case_list_next_due_idx): PostgreSQL uses an expression index
 * only for the same expression, so change both together.
 */
export const NEXT_DUE_EXPRESSION = `(CASE WHEN c.status IN (${OPEN_STATUS_LIST}) THEN LEAST(
  CASE WHEN c.first_contact_on IS NULL THEN c.first_contact_due_on END,
  CASE WHEN c.assigned_on IS NULL THEN c.assignment_due_on END,
  CASE WHEN c.concluded_on IS NULL THEN c.conclusion_due_on END,
  CASE WHEN c.concluded_on IS NULL THEN c.statutory_due_on END) END)`;
export const nextDueSql = sql<string | null>`${sql.raw(NEXT_DUE_EXPRESSION)}`;

/**
 * Only the cases this actor may see at all (full or limited), as SQL: the same rule as
 * case-status/case-access.ts, so the list shows exactly the cases whose detail opens.
 */
export function visibleCases(db: Kysely<DB>, actor: Actor) {
  let q = db.selectFrom('mediation_case as c').where('c.pool_id', '=', actor.poolId);
  if (hasRole(actor, 'coordinator')) return q;
  q = q.where((eb) => {
    const ors = [];
    if (hasRole(actor, 'contact')) {
      ors.push(eb('c.referrer_user_id', '=', actor.userId));
      if (actor.municipalityId) ors.push(eb('c.requesting_municipality_id', '=', actor.municipalityId));
    }
    if (hasRole(actor, 'mediator')) ors.push(isCurrentMediatorOfCase(eb, actor.userId));
    return ors.length ? eb.or(ors) : eb.val(false);
  });
  return q;
}

export interface CaseListFilters {
  status?: string[] | undefined;
  caseType?: string | undefined;
  municipalityId?: string | undefined;
  clockState?: ClockState | undefined;
  /** Only cases whose next running clock is due on or before this date (the start page's "this week"). */
  dueBy?: IsoDate | undefined;
  q?: string | undefined;
  sort?: CaseSort | undefined;
  direction?: 'asc' | 'desc' | undefined;
  page: number;
  pageSize: number;
}

/**
 * The order of each sort the list offers, in both directions, as an index holds it (migration
 * 0016): the sort key, then the case number in number order (`number_order`, migration 0015,
 * unique per pool like the number) as the tie-breaker in the same direction, so one index read forwards serves one direction and read backwards the other. The
 * referred date, number and status are never NULL; "next due" puts the cases without a running
 * clock last in both directions, which needs an index of its own for the descending order.
 */
function caseOrder(sort: CaseSort, direction: 'asc' | 'desc') {
  const dir = sql.raw(direction === 'asc' ? 'ASC' : 'DESC');
  switch (sort) {
    case 'referredOn':
      return [sql`c.referred_on ${dir}`, sql`c.number_order ${dir}`];
    case 'number':
      return [sql`c.number_order ${dir}`];
    case 'status':
      return [sql`c.status ${dir}`, sql`c.number_order ${dir}`];
    case 'nextDue':
      return [sql`${nextDueSql} ${dir} NULLS LAST`, sql`c.number_order ${dir}`];
  }
}

/**
 * The case list's two statements, unexecuted: the filtered cases (for the capped count) and the
 * page in its order. Separate from selectCaseList so a test can EXPLAIN exactly these.
 */
export function caseListQueries(db: Kysely<DB>, actor: Actor, f: CaseListFilters, today: IsoDate, calendar: WorkingCalendar) {
  const window = pageWindow(f);
  let q = visibleCases(db, actor).innerJoin('municipality as m', 'm.id', 'c.requesting_municipality_id');
  if (f.status?.length) q = q.where('c.status', 'in', f.status);
  if (f.caseType) q = q.where('c.case_type', '=', f.caseType);
  if (f.municipalityId) q = q.where('c.requesting_municipality_id', '=', f.municipalityId);
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) => eb.or([eb('c.title', 'ilike', like), eb('c.number', 'ilike', like)]));
  }
  if (f.clockState) q = whereClockState(q, f.clockState, today, calendar);
  if (f.dueBy) q = q.where(sql<boolean>`${nextDueSql} <= ${f.dueBy}`);

  let rows = q.select([
    'c.id',
    'c.number',
    'c.title',
    'c.case_type',
    'c.status',
    'c.route',
    'c.urgency',
    'c.referred_on',
    'c.pool_id',
    'c.requesting_municipality_id',
    'c.referrer_user_id',
    'm.name as municipality_name',
    nextDueSql.as('next_due_on'),
    (eb) => isCurrentMediatorOfCase(eb, actor.userId).as('is_assigned_mediator'),
  ]);
  for (const term of caseOrder(f.sort ?? 'referredOn', f.direction ?? 'desc')) rows = rows.orderBy(term);
  return { filtered: q, page: rows.limit(window.limit).offset(window.offset) };
}

/**
 * One page of the cases this actor may see, filtered and sorted, with the total counted up to
 * LIST_REACH (db/paging.ts): the page and the count each read at most about that many index entries.
 */
export async function selectCaseList(db: Kysely<DB>, actor: Actor, f: CaseListFilters, today: IsoDate, calendar: WorkingCalendar) {
  const { filtered, page } = caseListQueries(db, actor, f, today, calendar);
  const counted = await cappedCount(db, filtered);
  return { rows: await page.execute(), counted };
}

export type CaseListRow = Awaited<ReturnType<typeof selectCaseList>>['rows'][number];

/** Clock state in SQL, with the same boundaries as domain/calendar/clock-state.ts. */
export function whereClockState<Q extends SelectQueryBuilder<DB & { c: DB['mediation_case'] }, 'c', object>>(
  q: Q,
  state: ClockState,
  today: IsoDate,
  calendar: WorkingCalendar,
): Q {
  const soonLimit = addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar);
  switch (state) {
    case 'overdue':
      return q.where(sql<boolean>`${nextDueSql} < ${today}`) as Q;
    case 'due_soon':
      return q.where(sql<boolean>`${nextDueSql} BETWEEN ${today} AND ${soonLimit}`) as Q;
    case 'on_time':
      return q.where(sql<boolean>`${nextDueSql} > ${soonLimit}`) as Q;
  }
}

/** All of a pool's cases in one clock state (overdue or due soon), the earliest due first: for the coordinators' digest. */
export function selectCasesInClockState(db: Kysely<DB>, poolId: string, state: ClockState, today: IsoDate, calendar: WorkingCalendar) {
  const base = db.selectFrom('mediation_case as c').where('c.pool_id', '=', poolId);
  return whereClockState(base, state, today, calendar).select(['c.number', 'c.status', nextDueSql.as('next_due_on')]).orderBy('next_due_on').execute();
}
