/**
 * Input types for matching. The server assembles these from the registry, the case and the
 * hours ledger; the domain never reads anything itself, so every fact a rule needs is here.
 */

export const CASE_TYPES = ['employment', 'citizen_government', 'neighbours', 'group', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const MEDIATOR_STATUSES = ['active', 'in_training', 'dormant', 'inactive', 'left'] as const;
export type MediatorStatus = (typeof MEDIATOR_STATUSES)[number];

export type MediatorKind = 'mediator' | 'process_facilitator';

/**
 * Formal mediation needs a mediator; the informal approach can also be run by a process
 * facilitator. Defaults to 'mediation' so that a missing route never lets a facilitator lead
 * a formal mediation.
 */
export type CaseRoute = 'mediation' | 'informal_approach';

/** The role a mediator would take in the case; in-training mediators may only co-mediate. */
export type MatchRole = 'lead' | 'co_mediator';

/** Inclusive calendar dates, `YYYY-MM-DD`. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** Ids are what rules compare; names only appear in the Dutch reasons. */
export interface MunicipalityRef {
  readonly id: string;
  readonly name: string;
}

export interface LocatedMunicipality extends MunicipalityRef {
  readonly lat: number;
  readonly lon: number;
}

/** A party as far as matching needs it: minimal data, no contact details. */
export interface CaseParty {
  /** Compared with declared person relationships after normalisation. */
  readonly name?: string;
  /** Set when the party is (an employee or unit of) a municipality. */
  readonly municipality?: MunicipalityRef;
  /** The department within that municipality, when known. */
  readonly department?: string;
}

export interface CaseToMatch {
  readonly id: string;
  /** Always counts as a party municipality, even when no party lists it. */
  readonly requestingMunicipality: LocatedMunicipality;
  readonly parties: readonly CaseParty[];
  readonly caseType: CaseType;
  readonly route?: CaseRoute;
  /** Language code such as 'nl' or 'en'; absent means no preference. */
  readonly preferredLanguage?: string;
  /** The coming period in which the mediator must be available. */
  readonly period: DateRange;
  readonly declinedByMediatorIds: readonly string[];
  readonly refusedByPartyMediatorIds: readonly string[];
}

export type DeclaredRelationship =
  | { readonly kind: 'municipality'; readonly municipality: MunicipalityRef }
  | { readonly kind: 'department'; readonly municipality: MunicipalityRef; readonly department: string }
  | { readonly kind: 'person'; readonly name: string };

export interface CandidateMediator {
  readonly id: string;
  /** Display name, used in the co-mediation explanation; falls back to the id. */
  readonly name?: string;
  readonly municipality: LocatedMunicipality;
  readonly department?: string;
  readonly status: MediatorStatus;
  readonly kind: MediatorKind;
  readonly specialisms: readonly CaseType[];
  /** Language codes, e.g. ['nl', 'en']. */
  readonly languages: readonly string[];
  readonly maxConcurrentCases: number;
  readonly openCases: number;
  readonly unavailable: readonly DateRange[];
  readonly relationships: readonly DeclaredRelationship[];
  /** Concluded cases (lead or co) per case type: the experience part of the score. */
  readonly concludedByType: Readonly<Partial<Record<CaseType, number>>>;
  /** Concluded mediations and co-mediations of any type: below 3 a mediator counts as new. */
  readonly concludedTotal: number;
  /** Proposals declined recently (the server decides the window). */
  readonly recentDeclines: number;
  /**
   * Minutes supplied minus minutes used by the mediator's municipality over the last 12 months.
   * Negative: the municipality took more from the pool than it gave.
   */
  readonly municipalityBalanceMinutes: number;
}
