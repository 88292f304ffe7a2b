/**
 * Relationships that must be disclosed (MfN conduct rule 2.3): a mediator who registered a
 * relationship with a party of the case, its municipality or its department may be proposed,
 * but only with that relationship disclosed to every party, and may act only when each party has
 * accepted it in writing. This is a condition on the proposal, not an exclusion; an interest in
 * the outcome (2.1, e.g. working for a party) stays an exclusion (exclusions.ts).
 */
import { prepareCandidate, prepareCase, type PreparedCandidate, type PreparedCase } from './prepared.js';
import type { CandidateMediator, CaseToMatch } from './types.js';

export type DisclosureCode = 'relationship_municipality' | 'relationship_department' | 'relationship_person';

export interface Disclosure {
  readonly code: DisclosureCode;
  /** Dutch, for the coordinator. */
  readonly reason: string;
}

export const UNKNOWN_PARTY_DEPARTMENT = 'de afdeling van de partij is onbekend';

const NONE: readonly Disclosure[] = Object.freeze([]);

/** Every registered relationship of this mediator with a party of this case, in registration order. */
export function disclosuresFor(c: PreparedCase, m: PreparedCandidate): readonly Disclosure[] {
  if (m.relationships.length === 0) return NONE;
  const found: Disclosure[] = [];
  for (const relationship of m.relationships) {
    if (relationship.kind === 'person') {
      const partyName = c.partyNames.get(relationship.key);
      // The party's name as the case records it, which is how the coordinator knows them.
      if (partyName !== undefined) found.push({ code: 'relationship_person', reason: `Heeft een relatie gemeld met ${partyName}, een partij in deze zaak` });
      continue;
    }
    const party = c.partyMunicipalities.get(relationship.municipality.id);
    if (party === undefined) continue;
    if (relationship.kind === 'municipality') {
      found.push({ code: 'relationship_municipality', reason: `Heeft een relatie gemeld met de gemeente ${relationship.municipality.name}` });
      continue;
    }
    // Unknown means it may be the same department: disclose.
    if (!party.departments.has(relationship.key) && !party.departmentUnknown) continue;
    const text = `Heeft een relatie gemeld met de afdeling ${relationship.department.trim()} van ${relationship.municipality.name}`;
    found.push({ code: 'relationship_department', reason: party.departments.has(relationship.key) ? text : `${text}; ${UNKNOWN_PARTY_DEPARTMENT}` });
  }
  return found.length === 0 ? NONE : found;
}

/** Whether proposing this mediator for this case needs a disclosure that every party accepts. */
export function needsDisclosure(c: PreparedCase, m: PreparedCandidate): boolean {
  return disclosuresFor(c, m).length > 0;
}

/** The relationships to disclose when proposing this mediator for this case; empty means none. */
export function findDisclosures(matchCase: CaseToMatch, mediator: CandidateMediator): Disclosure[] {
  return [...disclosuresFor(prepareCase(matchCase), prepareCandidate(mediator))];
}
