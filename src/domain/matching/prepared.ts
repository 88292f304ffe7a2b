/**
 * Case and candidate facts normalised once, so that checking 500 cases against 3,000
 * mediators does not re-normalise names and departments for every pair.
 */
import { haversineKm } from './haversine.js';
import { normaliseLanguage, normaliseName } from './normalise.js';
import type { CandidateMediator, CaseToMatch, CaseType, DeclaredRelationship, MunicipalityRef } from './types.js';

export interface PartyMunicipality {
  readonly ref: MunicipalityRef;
  /** Normalised department → department as written. */
  readonly departments: ReadonlyMap<string, string>;
  /**
   * True when the municipality is a party without a known department for every party of it
   * (for instance the requesting municipality that no party lists). A department-based
   * exception can then not be verified, so it is not granted.
   */
  readonly departmentUnknown: boolean;
}

export interface PreparedCase {
  readonly source: CaseToMatch;
  readonly partyMunicipalities: ReadonlyMap<string, PartyMunicipality>;
  /** Normalised party name → name as written. */
  readonly partyNames: ReadonlyMap<string, string>;
  readonly declined: ReadonlySet<string>;
  readonly refused: ReadonlySet<string>;
  readonly preferredLanguage: string | undefined;
  /** Municipality id → km to the requesting municipality; filled lazily. */
  readonly distanceCache: Map<string, number>;
}

export type PreparedRelationship =
  | { readonly kind: 'municipality'; readonly municipality: MunicipalityRef }
  | { readonly kind: 'department'; readonly municipality: MunicipalityRef; readonly department: string; readonly key: string }
  | { readonly kind: 'person'; readonly name: string; readonly key: string };

export interface PreparedCandidate {
  readonly source: CandidateMediator;
  readonly departmentKey: string | undefined;
  readonly relationships: readonly PreparedRelationship[];
  readonly specialisms: ReadonlySet<CaseType>;
  readonly languages: ReadonlySet<string>;
  readonly freeSlots: number;
}

export function prepareCase(matchCase: CaseToMatch): PreparedCase {
  const building = new Map<string, { ref: MunicipalityRef; departments: Map<string, string>; departmentUnknown: boolean; listed: boolean }>();
  const requesting = matchCase.requestingMunicipality;
  building.set(requesting.id, {
    ref: { id: requesting.id, name: requesting.name },
    departments: new Map(),
    departmentUnknown: false,
    listed: false,
  });
  const partyNames = new Map<string, string>();
  for (const party of matchCase.parties) {
    if (party.name !== undefined) {
      const key = normaliseName(party.name);
      if (key !== '' && !partyNames.has(key)) partyNames.set(key, party.name.trim());
    }
    if (party.municipality === undefined) continue;
    let entry = building.get(party.municipality.id);
    if (entry === undefined) {
      entry = { ref: party.municipality, departments: new Map(), departmentUnknown: false, listed: false };
      building.set(party.municipality.id, entry);
    }
    entry.listed = true;
    const departmentKey = party.department === undefined ? '' : normaliseName(party.department);
    if (departmentKey === '') entry.departmentUnknown = true;
    else if (!entry.departments.has(departmentKey)) entry.departments.set(departmentKey, party.department!.trim());
  }
  const partyMunicipalities = new Map<string, PartyMunicipality>();
  for (const [id, entry] of building) {
    partyMunicipalities.set(id, {
      ref: entry.ref,
      departments: entry.departments,
      departmentUnknown: entry.departmentUnknown || !entry.listed,
    });
  }
  return {
    source: matchCase,
    partyMunicipalities,
    partyNames,
    declined: new Set(matchCase.declinedByMediatorIds),
    refused: new Set(matchCase.refusedByPartyMediatorIds),
    preferredLanguage:
      matchCase.preferredLanguage === undefined || matchCase.preferredLanguage.trim() === ''
        ? undefined
        : normaliseLanguage(matchCase.preferredLanguage),
    distanceCache: new Map(),
  };
}

function prepareRelationship(relationship: DeclaredRelationship): PreparedRelationship {
  switch (relationship.kind) {
    case 'municipality':
      return relationship;
    case 'department':
      return { ...relationship, key: normaliseName(relationship.department) };
    case 'person':
      return { ...relationship, key: normaliseName(relationship.name) };
  }
}

export function prepareCandidate(mediator: CandidateMediator): PreparedCandidate {
  const departmentKey = mediator.department === undefined ? undefined : normaliseName(mediator.department);
  return {
    source: mediator,
    departmentKey: departmentKey === '' ? undefined : departmentKey,
    relationships: mediator.relationships.map(prepareRelationship),
    specialisms: new Set(mediator.specialisms),
    languages: new Set(mediator.languages.map(normaliseLanguage)),
    freeSlots: mediator.maxConcurrentCases - mediator.openCases,
  };
}

/** Distance between the mediator's municipality and the requesting one, cached per municipality. */
export function distanceKm(preparedCase: PreparedCase, mediator: CandidateMediator): number {
  const cached = preparedCase.distanceCache.get(mediator.municipality.id);
  if (cached !== undefined) return cached;
  const km = haversineKm(mediator.municipality, preparedCase.source.requestingMunicipality);
  preparedCase.distanceCache.set(mediator.municipality.id, km);
  return km;
}
