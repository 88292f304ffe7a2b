import { api } from './client.js';
import type {
  AdviceInput,
  FrontDoorAdviceAnswer,
  FrontDoorMunicipalityList,
  FrontDoorPublicStatus,
  FrontDoorReport,
  SelfReferralInput,
  SelfReferralReceived,
} from '../../contract/front-door.js';

export type { AdviceInput, FrontDoorAdviceAnswer, FrontDoorMunicipalityList, FrontDoorPublicStatus, FrontDoorReport, SelfReferralInput, SelfReferralReceived };

/** The public front door (no account) and the coordinator's report of its anonymous counts. */
export const getFrontDoorMunicipalities = (signal?: AbortSignal) =>
  api.get<FrontDoorMunicipalityList>('/front-door/municipalities', { anonymous: true, ...(signal ? { signal } : {}) });
export const askAdvice = (body: AdviceInput) => api.post<FrontDoorAdviceAnswer>('/front-door/advice', body, { anonymous: true });
export const sendSelfReferral = (body: SelfReferralInput) => api.post<SelfReferralReceived>('/front-door/self-referrals', body, { anonymous: true });
export const getFrontDoorStatus = (token: string, signal?: AbortSignal) =>
  api.get<FrontDoorPublicStatus>(`/front-door/status/${encodeURIComponent(token)}`, { anonymous: true, ...(signal ? { signal } : {}) });
export const getFrontDoorReport = (signal?: AbortSignal) => api.get<FrontDoorReport>('/front-door/report', signal ? { signal } : {});
