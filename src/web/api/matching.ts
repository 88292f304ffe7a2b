import { api } from './client.js';

/** The matching API (/api/v1, see src/server/modules/matching/README.md). */
export type ScoreKey = 'fairness' | 'distance' | 'load' | 'experience' | 'language' | 'declines';
export type MediatorStatus = 'active' | 'in_training' | 'dormant' | 'inactive' | 'left';
export type ConsentDecision = 'accept' | 'another_mediator' | 'external_mediator';
export type ConsentMethod = 'phone' | 'email' | 'letter' | 'meeting';

export interface CandidateMediator {
  id: string;
  name: string;
  municipality: { id: string | null; name: string };
  department: string | null;
  status: MediatorStatus;
  kind: 'mediator' | 'process_facilitator';
  openCases: number;
  maxConcurrentCases: number;
  concludedCases: number;
}

export interface ScorePart {
  key: ScoreKey;
  raw: number;
  value: number;
  weight: number;
  contribution: number;
  explanation: string;
}

export interface RankedCandidate {
  rank: number;
  mediator: CandidateMediator;
  score: number;
  scorePoints: number;
  distanceKm: number;
  parts: ScorePart[];
}

export interface ExcludedCandidate {
  mediator: CandidateMediator;
  exclusions: { code: string; reason: string }[];
}

export interface CandidateList {
  caseId: string;
  caseNumber: string;
  caseStatus: string;
  wantsExternalMediator: boolean;
  period: { start: string; end: string };
  eligible: RankedCandidate[];
  eligibleTotal: number;
  excluded: ExcludedCandidate[];
  excludedTotal: number;
  coMediators: RankedCandidate[];
  coMediatorsTotal: number;
  coMediation: { leadId: string; coMediatorId: string; explanation: string } | null;
}

export interface Declaration {
  noInterestInOutcome: boolean;
  noEarlierAdviceToAParty: boolean;
  relationshipsDisclosure: string | null;
}

export interface ProposedMediator {
  role: 'lead' | 'co';
  mediatorId: string | null;
  name: string;
  municipality: string | null;
  kind: 'mediator' | 'process_facilitator' | 'external';
  external: {
    id: string;
    organisation: string;
    mfnNumber: string;
    /** Per hour, in cents; the coordinator only. */
    agreedRateCents: number | null;
    /** The coordinator only. */
    email: string | null;
    chosenBy: 'parties' | 'coordinator';
  } | null;
  answer: 'accepted' | 'declined' | null;
  answeredAt: string | null;
  declaration: Declaration | null;
  declineReason: string | null;
}

export interface PartyConsent {
  decision: ConsentDecision;
  method: ConsentMethod | 'link';
  givenOn: string;
  recordedAt: string;
  recordedBy: string | null;
  reason: string | null;
  disclosureAccepted: boolean;
}

export interface ProposalParty {
  id: string;
  role: string;
  name: string;
  organisation: string | null;
  municipality: { id: string; name: string } | null;
  department: string | null;
  hasEmail: boolean | null;
  consent: PartyConsent | null;
  link: { sentAt: string; expiresAt: string; usedAt: string | null } | null;
}

export interface Proposal {
  id: string;
  caseId: string;
  caseNumber: string;
  caseType: string;
  caseStatus: string;
  requestingMunicipality: { id: string; name: string };
  status: 'open' | 'assigned' | 'declined' | 'refused' | 'withdrawn';
  stage: 'awaiting_mediator' | 'awaiting_parties' | 'closed';
  view: 'coordinator' | 'mediator';
  myRole: 'lead' | 'co' | null;
  myAnswer: 'accepted' | 'declined' | null;
  proposedAt: string;
  proposedBy: string;
  note: string | null;
  closedAt: string | null;
  closeReason: string | null;
  disclosure: string | null;
  mediators: ProposedMediator[];
  parties: ProposalParty[];
}

export interface Task {
  proposalId: string;
  caseId: string;
  caseNumber: string;
  caseType: string;
  requestingMunicipality: { id: string; name: string };
  role: 'lead' | 'co';
  proposedAt: string;
  proposedBy: string;
}

export interface PublicConsent {
  poolName: string;
  mediators: { role: 'lead' | 'co'; name: string; municipality: string | null; profession: string; organisation: string | null }[];
  disclosure: string | null;
  expiresAt: string;
}

export type Weights = Record<ScoreKey, number>;

export interface MatchingSettings {
  /** From the pool settings: a mediator of a party municipality may come from another department. */
  allowDifferentDepartment: boolean;
  /** Relative weights, each 0..100 (the defaults sum to 1). */
  weights: Weights;
  defaults: Weights;
  weightsAreDefault: boolean;
}

export interface ExternalMediatorInput {
  name: string;
  organisation: string;
  mfnNumber: string;
  email: string | null;
  /** Agreed hourly rate in cents. */
  agreedRateCents: number;
  chosenBy: 'parties' | 'coordinator';
  reason: string;
  /** The external mediator's written declaration, as the coordinator received it. */
  declaration: Declaration;
}

export interface BatchSuggestion {
  caseCount: number;
  mediatorCount: number;
  assignedCount: number;
  totalScore: number;
  assignments: { caseId: string; caseNumber: string; mediator: { id: string; name: string; municipality: string }; score: number }[];
  unassigned: { caseId: string; caseNumber: string }[];
  externalRequested: { caseId: string; caseNumber: string }[];
}

const enc = encodeURIComponent;

export const getCandidates = (caseId: string, signal?: AbortSignal) =>
  api.get<CandidateList>(`/cases/${enc(caseId)}/candidates`, signal ? { signal } : {});

export const listProposals = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: Proposal[] }>(`/cases/${enc(caseId)}/proposals`, signal ? { signal } : {});

export const propose = (caseId: string, body: { mediatorId: string; coMediatorId?: string | null; note?: string | null }) =>
  api.post<Proposal>(`/cases/${enc(caseId)}/proposals`, body);

export const getProposal = (proposalId: string, signal?: AbortSignal) =>
  api.get<Proposal>(`/proposals/${enc(proposalId)}`, signal ? { signal } : {});

export const acceptProposal = (proposalId: string, declaration: Declaration) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/accept`, declaration);

export const declineProposal = (proposalId: string, reason: string) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/decline`, { reason });

export const recordConsent = (
  proposalId: string,
  body: { partyId: string; decision: ConsentDecision; method: ConsentMethod; givenOn: string; reason?: string | null; disclosureAccepted?: boolean },
) => api.post<Proposal>(`/proposals/${enc(proposalId)}/consents`, body);

export const sendConsentLink = (proposalId: string, partyId: string) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/consent-links`, { partyId });

export const listMyTasks = (signal?: AbortSignal) => api.get<{ items: Task[] }>('/me/tasks', signal ? { signal } : {});

export const getPublicConsent = (token: string, signal?: AbortSignal) =>
  api.get<PublicConsent>(`/consents/${enc(token)}`, { anonymous: true, ...(signal ? { signal } : {}) });

export const answerPublicConsent = (token: string, body: { decision: ConsentDecision; reason?: string | null; disclosureAccepted?: boolean }) =>
  api.post<void>(`/consents/${enc(token)}`, body, { anonymous: true });

export const getBatchSuggestion = (signal?: AbortSignal) =>
  api.get<BatchSuggestion>('/matching/batch-suggestion', signal ? { signal } : {});

export const proposeExternalMediator = (caseId: string, body: ExternalMediatorInput) =>
  api.post<Proposal>(`/cases/${enc(caseId)}/external-mediator`, body);

export const withdrawProposal = (proposalId: string, reason: string) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/withdraw`, { reason });

export const getMatchingSettings = (signal?: AbortSignal) => api.get<MatchingSettings>('/matching/settings', signal ? { signal } : {});

export const updateMatchingSettings = (body: { weights: Weights } | { reset: true }) => api.patch<MatchingSettings>('/matching/settings', body);
