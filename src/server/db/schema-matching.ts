import type { ColumnType, Generated } from 'kysely';

/** Row types of the matching tables (migration 0004). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface MatchingSettingsTable {
  pool_id: string;
  weights: Json<Record<string, number>>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export type ExternalMediatorStatus = 'proposed' | 'assigned' | 'refused' | 'withdrawn' | 'released';

export interface ExternalMediatorAssignmentTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  name: string;
  organisation: string;
  mfn_number: string;
  email: string | null;
  /** Per hour. */
  agreed_rate_cents: number;
  chosen_by: 'parties' | 'coordinator';
  reason: string;
  status: Generated<ExternalMediatorStatus>;
  created_by: string;
  created_at: Timestamp;
  assigned_at: NullableTimestamp;
  released_at: NullableTimestamp;
}

export type ProposalStatus = 'open' | 'assigned' | 'declined' | 'refused' | 'withdrawn';

export interface CaseProposalTable {
  id: Generated<string>;
  pool_id: string;
  case_id: string;
  status: Generated<ProposalStatus>;
  proposed_by: string;
  proposed_at: Timestamp;
  note: string | null;
  closed_at: NullableTimestamp;
  close_reason: string | null;
  /** The coordinator's disclosure of a registered relationship with a party (MfN 2.3; migration 0013). */
  disclosure: string | null;
}

export interface ProposalMediatorTable {
  id: Generated<string>;
  pool_id: string;
  proposal_id: string;
  case_id: string;
  mediator_id: string | null;
  external_mediator_id: string | null;
  role: 'lead' | 'co';
  answer: 'accepted' | 'declined' | null;
  answered_at: NullableTimestamp;
  answered_by: string | null;
  no_interest_in_outcome: boolean | null;
  no_earlier_advice: boolean | null;
  relationships_disclosure: string | null;
  decline_reason: string | null;
}

export type ConsentDecision = 'accept' | 'another_mediator' | 'external_mediator';
export type ConsentMethod = 'phone' | 'email' | 'letter' | 'meeting' | 'link';

export interface PartyConsentTable {
  id: Generated<string>;
  pool_id: string;
  proposal_id: string;
  case_id: string;
  party_id: string;
  decision: ConsentDecision;
  reason: string | null;
  method: ConsentMethod;
  given_on: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
  disclosure_text: string | null;
  disclosure_accepted: Generated<boolean>;
  /** The party did not accept the disclosed relationship (migration 0013). */
  disclosure_refused: Generated<boolean>;
}

export interface ConsentLinkTable {
  id: Generated<string>;
  pool_id: string;
  proposal_id: string;
  party_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  mail_id: string | null;
}

export interface MatchingExclusionTable {
  pool_id: string;
  case_id: string;
  mediator_id: string;
  kind: 'declined' | 'refused_by_party';
  proposal_id: string;
  reason: string | null;
  created_at: Timestamp;
}

export interface MatchingFactsVersionTable {
  pool_id: string;
  version: Generated<number>;
}

export interface MatchingTables {
  matching_settings: MatchingSettingsTable;
  external_mediator_assignment: ExternalMediatorAssignmentTable;
  case_proposal: CaseProposalTable;
  proposal_mediator: ProposalMediatorTable;
  party_consent: PartyConsentTable;
  consent_link: ConsentLinkTable;
  matching_exclusion: MatchingExclusionTable;
  matching_facts_version: MatchingFactsVersionTable;
}
