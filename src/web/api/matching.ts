import { api } from './client.js';
import type {
  BatchSuggestion,
  CandidateList,
  ConsentLinkInput,
  Declaration,
  ExternalMediatorInput,
  MatchingCase,
  MatchingSettings,
  MatchingSettingsInput,
  Proposal,
  ProposalList,
  ProposeInput,
  PublicConsent,
  PublicConsentInput,
  ReasonInput,
  RecordConsentInput,
  TaskList,
} from '../../contract/matching.js';

/**
 * The matching API (/api/v1, see src/server/modules/matching/README.md). Every type comes from
 * the server's contract (src/contract/matching.ts), so a changed field breaks this typecheck.
 */
export type {
  BatchSuggestion,
  CandidateList,
  CandidateMediator,
  ConsentDecision,
  ConsentMethod,
  Declaration,
  ExcludedCandidate,
  ExclusionGroup,
  ExternalMediatorInput,
  MatchingAction,
  MatchingCase,
  MatchingSettings,
  MediatorStatus,
  PartyConsent,
  Proposal,
  ProposalParty,
  ProposedMediator,
  PublicConsent,
  RankedCandidate,
  ScoreKey,
  ScorePart,
  Task,
  Weights,
} from '../../contract/matching.js';

const enc = encodeURIComponent;

export const getCaseMatching = (caseId: string, signal?: AbortSignal) =>
  api.get<MatchingCase>(`/cases/${enc(caseId)}/matching`, signal ? { signal } : {});

export const getCandidates = (caseId: string, signal?: AbortSignal) =>
  api.get<CandidateList>(`/cases/${enc(caseId)}/candidates`, signal ? { signal } : {});

export const listProposals = (caseId: string, signal?: AbortSignal) =>
  api.get<ProposalList>(`/cases/${enc(caseId)}/proposals`, signal ? { signal } : {});

export const propose = (caseId: string, body: ProposeInput) => api.post<Proposal>(`/cases/${enc(caseId)}/proposals`, body);

export const getProposal = (proposalId: string, signal?: AbortSignal) =>
  api.get<Proposal>(`/proposals/${enc(proposalId)}`, signal ? { signal } : {});

export const acceptProposal = (proposalId: string, declaration: Declaration) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/accept`, declaration);

export const declineProposal = (proposalId: string, reason: ReasonInput['reason']) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/decline`, { reason } satisfies ReasonInput);

export const recordConsent = (proposalId: string, body: RecordConsentInput) => api.post<Proposal>(`/proposals/${enc(proposalId)}/consents`, body);

export const sendConsentLink = (proposalId: string, partyId: ConsentLinkInput['partyId']) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/consent-links`, { partyId } satisfies ConsentLinkInput);

export const listMyTasks = (signal?: AbortSignal) => api.get<TaskList>('/me/tasks', signal ? { signal } : {});

export const getPublicConsent = (token: string, signal?: AbortSignal) =>
  api.get<PublicConsent>(`/consents/${enc(token)}`, { anonymous: true, ...(signal ? { signal } : {}) });

export const answerPublicConsent = (token: string, body: PublicConsentInput) => api.post<void>(`/consents/${enc(token)}`, body, { anonymous: true });

export const getBatchSuggestion = (signal?: AbortSignal) =>
  api.get<BatchSuggestion>('/matching/batch-suggestion', signal ? { signal } : {});

export const proposeExternalMediator = (caseId: string, body: ExternalMediatorInput) =>
  api.post<Proposal>(`/cases/${enc(caseId)}/external-mediator`, body);

export const withdrawProposal = (proposalId: string, reason: ReasonInput['reason']) =>
  api.post<Proposal>(`/proposals/${enc(proposalId)}/withdraw`, { reason } satisfies ReasonInput);

export const getMatchingSettings = (signal?: AbortSignal) => api.get<MatchingSettings>('/matching/settings', signal ? { signal } : {});

export const updateMatchingSettings = (body: MatchingSettingsInput) => api.patch<MatchingSettings>('/matching/settings', body);
