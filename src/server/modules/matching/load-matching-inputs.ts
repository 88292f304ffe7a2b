import type { Kysely } from 'kysely';
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
import { addDays } from '../../../domain/calendar/iso-date.js';
import { mediatorsQuery, poolCasesQuery } from './repository/matching-inputs.js';

/**
 * Builds the matching domain's inputs from the database with a fixed number of set-based
 * queries (repository/matching-inputs.ts: one for all mediators of the pool, one for all cases
 * asked for), however many mediators and cases there are. Each query returns a single JSON value: one row to transfer
 * instead of thousands keeps the 3,000-mediator ranking well inside its time budget.
 */

/** The coming period in which a mediator must be available: today and the next 30 days. */
export const AVAILABILITY_WINDOW_DAYS = 30;
/** Declines count for the score ("recent declines") for this many months. */
export const RECENT_DECLINE_MONTHS = 12;

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
  const result = await poolCasesQuery(poolId, caseIds).execute(db);
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
