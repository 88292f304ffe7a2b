/** The demo pool of the covenant of Meppel, Steenwijkerland, Westerveld, Staphorst and Zwartewaterland. */
import type { CandidateMediator, CaseToMatch, LocatedMunicipality } from '../../../src/domain/matching/index.js';

export const MEPPEL: LocatedMunicipality = { id: 'GM0119', name: 'Meppel', lat: 52.6958, lon: 6.1944 };
export const STAPHORST: LocatedMunicipality = { id: 'GM0180', name: 'Staphorst', lat: 52.6453, lon: 6.2111 };
export const ZWARTEWATERLAND: LocatedMunicipality = { id: 'GM1896', name: 'Zwartewaterland', lat: 52.5853, lon: 6.0983 };
export const STEENWIJKERLAND: LocatedMunicipality = { id: 'GM1708', name: 'Steenwijkerland', lat: 52.7875, lon: 6.1194 };
export const WESTERVELD: LocatedMunicipality = { id: 'GM1701', name: 'Westerveld', lat: 52.8542, lon: 6.3167 };

export function mediator(overrides: Partial<CandidateMediator> & { id: string }): CandidateMediator {
  return {
    name: overrides.id,
    municipality: STAPHORST,
    department: 'HR',
    status: 'active',
    kind: 'mediator',
    specialisms: ['employment', 'citizen_government', 'neighbours', 'group'],
    languages: ['nl'],
    maxConcurrentCases: 3,
    openCases: 0,
    unavailable: [],
    relationships: [],
    concludedByType: {},
    concludedTotal: 10,
    recentDeclines: 0,
    municipalityBalanceMinutes: 0,
    ...overrides,
  };
}

export function matchCase(overrides: Partial<CaseToMatch> = {}): CaseToMatch {
  return {
    id: 'Z-2026-001',
    requestingMunicipality: MEPPEL,
    parties: [
      { name: 'Jan de Vries', municipality: MEPPEL, department: 'Burgerzaken' },
      { name: 'Petra Bakker', municipality: MEPPEL, department: 'Burgerzaken' },
    ],
    caseType: 'employment',
    period: { start: '2026-08-01', end: '2026-09-30' },
    declinedByMediatorIds: [],
    refusedByPartyMediatorIds: [],
    ...overrides,
  };
}
