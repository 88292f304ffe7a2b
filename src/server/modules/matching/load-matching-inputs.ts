import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type {
  CandidateMediator,
  CaseParty,
  CaseRoute,
  CaseToMatch,
  CaseType,
  DateRange,
  DeclaredRelationship,
  MediatorKind,
  MediatorStatus,
} from '../../../domain/matching/index.js';
import { addDays, addYears } from '../../../domain/calendar/iso-date.js';
import { FAIRNESS_MONTHS, municipalityBalances } from './fairness.js';

/**
 * Builds the matching domain's inputs from the database with a fixed number of set-based
 * queries (one for all mediators of the pool, one for all cases asked for), however many
 * mediators and cases there are. Each query returns a single JSON value: one row to transfer
 * instead of thousands keeps the 3,000-mediator ranking well inside its time budget.
 */

/** The coming period in which a mediator must be available: today and the next 30 days. */
export const AVAILABILITY_WINDOW_DAYS = 30;
/** Declines count for the score ("recent declines") for this many months. */
export const RECENT_DECLINE_MONTHS = 12;
/**
 * Case statuses in which a mediator on the case (case_mediator) is busy with it. Concluded cases
 * in aftercare no longer take a mediator's time. Open proposals (case `proposed`, proposal `open`,
 * not declined) count as well: they reserve the capacity. Pool health counts the same way
 * (pool-health/queries.ts).
 */
export const BUSY_STATUSES = ['assigned', 'in_progress'] as const;

/** Coordinates for a municipality without them (not in the CBS list): the centre of the country. */
const CENTRE_OF_NL = { lat: 52.1326, lon: 5.2913 };

export interface MatchingPeriod {
  readonly today: string;
  readonly period: DateRange;
}

export function matchingPeriod(today: string): MatchingPeriod {
  return { today, period: { start: today, end: addDays(today, AVAILABILITY_WINDOW_DAYS) } };
}

/** A mediator with the facts the server adds around the domain's candidate. */
export interface PoolMediator {
  readonly candidate: CandidateMediator;
  readonly userId: string | null;
  readonly email: string | null;
  /** An account that can sign in and answer a task. */
  readonly accountUsable: boolean;
  readonly municipalityKnown: boolean;
  readonly openAssignments: number;
  readonly openProposals: number;
}

type MediatorTuple = [
  id: string,
  name: string | null,
  email: string | null,
  userId: string | null,
  accountUsable: boolean,
  municipalityId: string | null,
  municipalityName: string | null,
  lat: number | null,
  lon: number | null,
  department: string | null,
  status: MediatorStatus,
  kind: MediatorKind,
  specialisms: CaseType[],
  languages: string[],
  maxConcurrentCases: number,
  openAssignments: number,
  openProposals: number,
  unavailable: [string, string][] | null,
  relationships: [DeclaredRelationship['kind'], string | null, string | null, string | null, string | null][] | null,
  concludedByType: Record<string, number> | null,
  concludedTotal: number,
  recentDeclines: number,
  balanceMinutes: number,
];

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/**
 * Every mediator of the pool who has not left (or only those in `onlyIds`), with their load,
 * availability in the period, declared relationships, experience, recent declines and the hours
 * balance of their municipality.
 */
export async function loadPoolMediators(
  db: Kysely<DB>,
  poolId: string,
  when: MatchingPeriod,
  onlyIds?: readonly string[],
): Promise<PoolMediator[]> {
  if (onlyIds !== undefined && onlyIds.length === 0) return [];
  return (await loadPoolMediatorsWithVersion(db, poolId, when, onlyIds)).mediators;
}

/**
 * The same, with the pool's matching_facts_version read in the same statement (so from the same
 * snapshot): the version the returned facts are current for.
 */
export async function loadPoolMediatorsWithVersion(db: Kysely<DB>, poolId: string, when: MatchingPeriod, onlyIds?: readonly string[]) {
  const result = await mediatorsQuery(poolId, when.today, when.period, onlyIds).execute(db);
  const rows = parseJson<MediatorTuple[]>(result.rows[0]?.data ?? '[]');
  return { mediators: rows.map(toPoolMediator), version: Number(result.rows[0]?.version ?? 0) };
}

/** The one query behind loadPoolMediators (exported for the benchmark's EXPLAIN). */
export function mediatorsQuery(poolId: string, today: string, period: DateRange, onlyIds?: readonly string[]) {
  const declinesSince = addYears(today, -1);
  const balanceFrom = addDays(addYears(today, -FAIRNESS_MONTHS / 12), 1);
  const busy = sql.join(BUSY_STATUSES.map((s) => sql`${s}`));
  const only = onlyIds === undefined ? sql`` : sql`AND mp.id IN (${sql.join(onlyIds.map((id) => sql`${id}::uuid`))})`;
  return sql<{ data: unknown; version: number | null }>`
    WITH assignments AS (
      SELECT cm.mediator_id, count(*)::integer AS n
      FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
      WHERE cm.pool_id = ${poolId} AND cm.released_at IS NULL AND c.status IN (${busy})
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
    WHERE mp.pool_id = ${poolId} AND mp.status <> 'left' ${only}
  `;
}

function toPoolMediator(t: MediatorTuple): PoolMediator {
  const [id, name, email, userId, accountUsable, municipalityId, municipalityName, lat, lon, department, status, kind, specialisms, languages, max, assignments, proposals, away, relations, byType, concludedTotal, declines, balance] = t;
  const relationships: DeclaredRelationship[] = [];
  for (const [relKind, relMunicipalityId, relMunicipalityName, relDepartment, personName] of relations ?? []) {
    if (relKind === 'person' && personName) relationships.push({ kind: 'person', name: personName });
    else if (relKind === 'municipality' && relMunicipalityId) {
      relationships.push({ kind: 'municipality', municipality: { id: relMunicipalityId, name: relMunicipalityName ?? '' } });
    } else if (relKind === 'department' && relMunicipalityId && relDepartment) {
      relationships.push({ kind: 'department', municipality: { id: relMunicipalityId, name: relMunicipalityName ?? '' }, department: relDepartment });
    }
  }
  const candidate: CandidateMediator = {
    id,
    name: name ?? 'Onbekende mediator',
    municipality: {
      id: municipalityId ?? '',
      name: municipalityName ?? 'onbekende gemeente',
      lat: lat ?? CENTRE_OF_NL.lat,
      lon: lon ?? CENTRE_OF_NL.lon,
    },
    ...(department ? { department } : {}),
    status,
    kind,
    specialisms,
    languages,
    maxConcurrentCases: max,
    openCases: assignments + proposals,
    unavailable: (away ?? []).map(([start, end]) => ({ start, end })),
    relationships,
    concludedByType: (byType ?? {}) as Partial<Record<CaseType, number>>,
    concludedTotal,
    recentDeclines: declines,
    municipalityBalanceMinutes: balance,
  };
  return {
    candidate,
    userId,
    email,
    accountUsable,
    municipalityKnown: municipalityId !== null,
    openAssignments: assignments,
    openProposals: proposals,
  };
}

/** A case with the facts the server shows beside the domain's case. */
export interface PoolCase {
  readonly matchCase: CaseToMatch;
  readonly number: string;
  readonly title: string;
  readonly status: string;
  /** A party asked for an external mediator, or triage chose that route. */
  readonly wantsExternalMediator: boolean;
}

type CaseTuple = [
  id: string,
  number: string,
  title: string,
  status: string,
  caseType: CaseType,
  route: string | null,
  language: string,
  municipalityId: string,
  municipalityName: string,
  lat: number | null,
  lon: number | null,
  parties: [string, string | null, string | null, string | null][] | null,
  exclusions: [string, 'declined' | 'refused_by_party'][] | null,
  wantsExternal: boolean,
];

/** The triage route decides whether a process facilitator may lead: only on the informal approach. */
const matchRoute = (route: string | null): CaseRoute => (route === 'process_facilitator' ? 'informal_approach' : 'mediation');

/** The cases of the pool with the given ids, or all cases in `matching` when ids are omitted. */
export async function loadPoolCases(db: Kysely<DB>, poolId: string, when: MatchingPeriod, caseIds?: readonly string[]): Promise<PoolCase[]> {
  if (caseIds !== undefined && caseIds.length === 0) return [];
  const which =
    caseIds === undefined ? sql`c.status = 'matching'` : sql`c.id IN (${sql.join(caseIds.map((id) => sql`${id}::uuid`))})`;
  const result = await sql<{ data: unknown }>`
    SELECT coalesce(json_agg(json_build_array(
      c.id, c.number, c.title, c.status, c.case_type, c.route, c.preferred_language, rm.id, rm.name, rm.lat, rm.lon,
      (SELECT json_agg(json_build_array(p.name, pm.id, pm.name, p.department) ORDER BY p.position)
         FROM case_party p LEFT JOIN municipality pm ON pm.id = p.municipality_id WHERE p.case_id = c.id),
      (SELECT json_agg(json_build_array(e.mediator_id, e.kind)) FROM matching_exclusion e WHERE e.case_id = c.id),
      c.wants_external_mediator OR c.route IS NOT DISTINCT FROM 'external_mediator'
    ) ORDER BY c.id), '[]'::json) AS data
    FROM mediation_case c JOIN municipality rm ON rm.id = c.requesting_municipality_id
    WHERE c.pool_id = ${poolId} AND ${which}
  `.execute(db);
  const rows = parseJson<CaseTuple[]>(result.rows[0]?.data ?? '[]');
  return rows.map(([id, number, title, status, caseType, route, language, mId, mName, lat, lon, parties, exclusions, wantsExternal]) => {
    const matchParties: CaseParty[] = (parties ?? []).map(([name, pmId, pmName, department]) => ({
      name,
      ...(pmId ? { municipality: { id: pmId, name: pmName ?? '' } } : {}),
      ...(department && department.trim() !== '' ? { department } : {}),
    }));
    const matchCase: CaseToMatch = {
      id,
      requestingMunicipality: { id: mId, name: mName, lat: lat ?? CENTRE_OF_NL.lat, lon: lon ?? CENTRE_OF_NL.lon },
      parties: matchParties,
      caseType,
      route: matchRoute(route),
      preferredLanguage: language,
      period: when.period,
      declinedByMediatorIds: (exclusions ?? []).filter(([, k]) => k === 'declined').map(([m]) => m),
      refusedByPartyMediatorIds: (exclusions ?? []).filter(([, k]) => k === 'refused_by_party').map(([m]) => m),
    };
    return { matchCase, number, title, status, wantsExternalMediator: wantsExternal };
  });
}
