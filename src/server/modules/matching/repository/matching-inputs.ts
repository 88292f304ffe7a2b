import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { DateRange } from '../../../../domain/matching/index.js';
import { addDays, addYears } from '../../../../domain/calendar/iso-date.js';
import { FAIRNESS_MONTHS, municipalityBalances } from './fairness.js';
import { CURRENT_MEDIATOR_SQL } from '../../case-status/index.js';

/**
 * The two set-based queries behind the matching domain's inputs (load-matching-inputs.ts maps
 * their rows): all mediators of a pool and the cases asked for, each returned as a single JSON
 * value, so one row travels instead of thousands.
 */

/**
 * Case statuses in which a mediator on the case (case_mediator) is busy with it. Concluded cases
 * in aftercare no longer take a mediator's time. Open proposals (case `proposed`, proposal `open`,
 * not declined) count as well: they reserve the capacity. Pool health counts the same way
 * (pool-health/queries.ts).
 */
const BUSY_STATUSES = ['assigned', 'in_progress'] as const;

/** The first day of the fairness balance's window that ends today. */
const balanceFromOf = (today: string) => addDays(addYears(today, -FAIRNESS_MONTHS / 12), 1);

/**
 * The one query behind loadPoolMediators (load-matching-inputs.ts), with the facts' version read
 * in the same snapshot: the whole pool in set-based aggregates, or (with `onlyIds`) those mediators
 * through mediatorsByIdQuery.
 */
export function mediatorsQuery(poolId: string, today: string, period: DateRange, onlyIds?: readonly string[]) {
  if (onlyIds !== undefined) return mediatorsByIdQuery(poolId, today, period, onlyIds);
  const declinesSince = addYears(today, -1);
  const balanceFrom = balanceFromOf(today);
  const busy = sql.join(BUSY_STATUSES.map((s) => sql`${s}`));
  return sql<{ data: unknown; version: number | null }>`
    WITH assignments AS (
      SELECT cm.mediator_id, count(*)::integer AS n
      FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
      WHERE cm.pool_id = ${poolId} AND ${CURRENT_MEDIATOR_SQL} AND c.status IN (${busy})
      GROUP BY cm.mediator_id
    ), proposals AS (
      SELECT pm.mediator_id, count(*)::integer AS n
      FROM proposal_mediator pm
      JOIN case_proposal p ON p.id = pm.proposal_id
      JOIN mediation_case c ON c.id = p.case_id
      WHERE pm.pool_id = ${poolId} AND pm.mediator_id IS NOT NULL AND p.status = 'open' AND c.status = 'proposed'
        AND pm.answer IS DISTINCT FROM 'declined'
      GROUP BY pm.mediator_id
    ), away AS (
      SELECT a.mediator_id, json_agg(json_build_array(a.starts_on, a.ends_on) ORDER BY a.starts_on) AS ranges
      FROM mediator_unavailability a
      WHERE a.pool_id = ${poolId} AND a.starts_on <= ${period.end}::date AND a.ends_on >= ${period.start}::date
      GROUP BY a.mediator_id
    ), relations AS (
      SELECT r.mediator_id,
             json_agg(json_build_array(r.kind, r.municipality_id, rm.name, r.department, r.person_name)) AS list
      FROM mediator_relationship r LEFT JOIN municipality rm ON rm.id = r.municipality_id
      WHERE r.pool_id = ${poolId}
      GROUP BY r.mediator_id
    ), concluded_by_type AS (
      SELECT cm.mediator_id, c.case_type, count(*)::integer AS n
      FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
      WHERE cm.pool_id = ${poolId} AND c.concluded_on IS NOT NULL
        AND (cm.released_at IS NULL OR cm.released_at >= c.concluded_on)
      GROUP BY cm.mediator_id, c.case_type
    ), concluded AS (
      SELECT mediator_id, json_object_agg(case_type, n) AS by_type, sum(n)::integer AS total
      FROM concluded_by_type GROUP BY mediator_id
    ), earlier AS (
      -- Mediations recorded in the registry (before the pool used this system) count as experience.
      SELECT u.mediator_id, count(*)::integer AS n
      FROM upkeep_entry u WHERE u.pool_id = ${poolId} AND u.type = 'mediation'
      GROUP BY u.mediator_id
    ), declines AS (
      SELECT e.mediator_id, count(*)::integer AS n
      FROM matching_exclusion e
      WHERE e.pool_id = ${poolId} AND e.kind = 'declined' AND e.created_at >= ${declinesSince}::date
      GROUP BY e.mediator_id
    ), balance AS (${municipalityBalances(poolId, balanceFrom, today)})
    SELECT coalesce(json_agg(json_build_array(
      mp.id, coalesce(u.name, i.name), coalesce(u.email, i.email), mp.user_id,
      coalesce(u.active, false) AND u.password_hash IS NOT NULL,
      m.id, m.name, m.lat, m.lon, mp.department, mp.status, mp.kind, mp.specialisms, mp.languages,
      mp.max_concurrent_cases, coalesce(a.n, 0), coalesce(p.n, 0), away.ranges, relations.list,
      concluded.by_type, coalesce(concluded.total, 0) + coalesce(earlier.n, 0), coalesce(declines.n, 0),
      coalesce(balance.minutes, 0)
    ) ORDER BY mp.id), '[]'::json) AS data,
    (SELECT v.version FROM matching_facts_version v WHERE v.pool_id = ${poolId}) AS version
    FROM mediator_profile mp
    LEFT JOIN app_user u ON u.id = mp.user_id
    LEFT JOIN invitation i ON i.id = mp.invitation_id
    LEFT JOIN municipality m ON m.id = coalesce(u.municipality_id, i.municipality_id)
    LEFT JOIN assignments a ON a.mediator_id = mp.id
    LEFT JOIN proposals p ON p.mediator_id = mp.id
    LEFT JOIN away ON away.mediator_id = mp.id
    LEFT JOIN relations ON relations.mediator_id = mp.id
    LEFT JOIN concluded ON concluded.mediator_id = mp.id
    LEFT JOIN earlier ON earlier.mediator_id = mp.id
    LEFT JOIN declines ON declines.mediator_id = mp.id
    LEFT JOIN balance ON balance.municipality_id = m.id
    WHERE mp.pool_id = ${poolId} AND mp.status <> 'left'
  `;
}

/**
 * The same facts for a few mediators, each read by its own indexed lookups (per mediator: its
 * case_mediator, proposal_mediator, unavailability, relationship, upkeep and exclusion rows; the
 * balance of its municipality only), so one mediator costs the same in a national pool as in a
 * small one. The tuple is exactly mediatorsQuery's.
 */
function mediatorsByIdQuery(poolId: string, today: string, period: DateRange, ids: readonly string[]) {
  const declinesSince = addYears(today, -1);
  const busy = sql.join(BUSY_STATUSES.map((s) => sql`${s}`));
  const idList = sql`${`{${ids.join(',')}}`}::uuid[]`;
  const theirMunicipalities = sql`
    SELECT coalesce(u.municipality_id, i.municipality_id) FROM mediator_profile mp
    LEFT JOIN app_user u ON u.id = mp.user_id LEFT JOIN invitation i ON i.id = mp.invitation_id
    WHERE mp.id = ANY(${idList})`;
  return sql<{ data: unknown; version: number | null }>`
    WITH balance AS (${municipalityBalances(poolId, balanceFromOf(today), today, theirMunicipalities)})
    SELECT coalesce(json_agg(json_build_array(
      mp.id, coalesce(u.name, i.name), coalesce(u.email, i.email), mp.user_id,
      coalesce(u.active, false) AND u.password_hash IS NOT NULL,
      m.id, m.name, m.lat, m.lon, mp.department, mp.status, mp.kind, mp.specialisms, mp.languages,
      mp.max_concurrent_cases,
      (SELECT count(*)::integer FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
        WHERE cm.mediator_id = mp.id AND cm.pool_id = ${poolId} AND ${CURRENT_MEDIATOR_SQL} AND c.status IN (${busy})),
      (SELECT count(*)::integer FROM proposal_mediator pm JOIN case_proposal p ON p.id = pm.proposal_id JOIN mediation_case c ON c.id = p.case_id
        WHERE pm.mediator_id = mp.id AND pm.pool_id = ${poolId} AND p.status = 'open' AND c.status = 'proposed' AND pm.answer IS DISTINCT FROM 'declined'),
      (SELECT json_agg(json_build_array(a.starts_on, a.ends_on) ORDER BY a.starts_on) FROM mediator_unavailability a
        WHERE a.mediator_id = mp.id AND a.pool_id = ${poolId} AND a.starts_on <= ${period.end}::date AND a.ends_on >= ${period.start}::date),
      (SELECT json_agg(json_build_array(r.kind, r.municipality_id, rm.name, r.department, r.person_name))
        FROM mediator_relationship r LEFT JOIN municipality rm ON rm.id = r.municipality_id WHERE r.mediator_id = mp.id AND r.pool_id = ${poolId}),
      concluded.by_type,
      coalesce(concluded.total, 0) + (SELECT count(*)::integer FROM upkeep_entry ue WHERE ue.mediator_id = mp.id AND ue.pool_id = ${poolId} AND ue.type = 'mediation'),
      (SELECT count(*)::integer FROM matching_exclusion e
        WHERE e.mediator_id = mp.id AND e.pool_id = ${poolId} AND e.kind = 'declined' AND e.created_at >= ${declinesSince}::date),
      coalesce(balance.minutes, 0)
    ) ORDER BY mp.id), '[]'::json) AS data,
    (SELECT v.version FROM matching_facts_version v WHERE v.pool_id = ${poolId}) AS version
    FROM mediator_profile mp
    LEFT JOIN app_user u ON u.id = mp.user_id
    LEFT JOIN invitation i ON i.id = mp.invitation_id
    LEFT JOIN municipality m ON m.id = coalesce(u.municipality_id, i.municipality_id)
    LEFT JOIN LATERAL (
      SELECT json_object_agg(t.case_type, t.n) AS by_type, sum(t.n)::integer AS total
      FROM (
        SELECT c.case_type, count(*)::integer AS n
        FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
        WHERE cm.mediator_id = mp.id AND cm.pool_id = ${poolId} AND c.concluded_on IS NOT NULL
          AND (cm.released_at IS NULL OR cm.released_at >= c.concluded_on)
        GROUP BY c.case_type
      ) t
    ) concluded ON true
    LEFT JOIN balance ON balance.municipality_id = m.id
    WHERE mp.pool_id = ${poolId} AND mp.status <> 'left' AND mp.id = ANY(${idList})
  `;
}

/** The fairness balance of every municipality with hours in the window that ends today (others are 0). */
export async function poolBalances(db: Kysely<DB>, poolId: string, today: string): Promise<Map<string, number>> {
  const rows = (await sql<{ municipality_id: string; minutes: number }>`${municipalityBalances(poolId, balanceFromOf(today), today)}`.execute(db)).rows;
  return new Map(rows.map((r) => [r.municipality_id, Number(r.minutes)]));
}

export interface FactChanges {
  readonly version: number;
  /** Distinct changes after `since`, at most `limit`. */
  readonly changes: readonly { kind: 'mediator' | 'balance' | 'all'; subjectId: string }[];
}

/**
 * The pool's matching_facts_version and what changed after `since`, in one statement (one
 * snapshot, so every change up to that version is there): the mediators whose facts changed, and
 * whether balances ('balance') or everything ('all') did (migration 0017). At most `limit`
 * distinct changes are returned; the caller treats that many as "reload the pool".
 */
export async function factChangesSince(db: Kysely<DB>, poolId: string, since: number, limit: number): Promise<FactChanges> {
  const row = (
    await sql<{ version: number | null; changes: unknown }>`
      SELECT (SELECT v.version FROM matching_facts_version v WHERE v.pool_id = ${poolId}) AS version,
        (SELECT json_agg(json_build_array(x.kind, x.subject_id)) FROM (
           SELECT DISTINCT c.kind, c.subject_id FROM matching_facts_change c WHERE c.pool_id = ${poolId} AND c.version > ${since}
           LIMIT ${limit}
         ) x) AS changes`.execute(db)
  ).rows[0];
  const raw = typeof row?.changes === 'string' ? (JSON.parse(row.changes) as unknown) : row?.changes;
  const list = (raw ?? []) as [FactChanges['changes'][number]['kind'], string][];
  return { version: Number(row?.version ?? 0), changes: list.map(([kind, subjectId]) => ({ kind, subjectId })) };
}

/** The cases of the pool with the given ids, or all cases in `matching` when ids are omitted, as one JSON value. */
export function poolCasesQuery(poolId: string, caseIds?: readonly string[]) {
  const which =
    caseIds === undefined ? sql`c.status = 'matching'` : sql`c.id IN (${sql.join(caseIds.map((id) => sql`${id}::uuid`))})`;
  return sql<{ data: unknown }>`
    SELECT coalesce(json_agg(json_build_array(
      c.id, c.number, c.title, c.status, c.case_type, c.route, c.preferred_language, rm.id, rm.name, rm.lat, rm.lon,
      (SELECT json_agg(json_build_array(p.name, pm.id, pm.name, p.department) ORDER BY p.position)
         FROM case_party p LEFT JOIN municipality pm ON pm.id = p.municipality_id WHERE p.case_id = c.id),
      (SELECT json_agg(json_build_array(e.mediator_id, e.kind)) FROM matching_exclusion e WHERE e.case_id = c.id),
      c.wants_external_mediator OR c.route IS NOT DISTINCT FROM 'external_mediator'
    ) ORDER BY c.id), '[]'::json) AS data
    FROM mediation_case c JOIN municipality rm ON rm.id = c.requesting_municipality_id
    WHERE c.pool_id = ${poolId} AND ${which}
  `;
}
