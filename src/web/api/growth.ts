import { api } from './client.js';
import type { CaseReviews, DecisionInput, GrowthAction, MediatorPath, ReviewInput } from '../../contract/growth.js';

/** Growing mediators (src/server/modules/growth); types from src/contract/growth.ts. */
export type { CaseReviews, GrowthAction, MediatorPath };

const sig = (signal?: AbortSignal) => (signal ? { signal } : {});

export const getMediatorPath = (mediatorId: string, signal?: AbortSignal) => api.get<MediatorPath>(`/mediators/${mediatorId}/path`, sig(signal));
export const decideLead = (mediatorId: string, body: DecisionInput) => api.post<MediatorPath>(`/mediators/${mediatorId}/lead-decisions`, body);
export const getCaseReviews = (caseId: string, signal?: AbortSignal) => api.get<CaseReviews>(`/cases/${caseId}/co-mediation-reviews`, sig(signal));
export const writeReview = (caseId: string, body: ReviewInput) => api.post<CaseReviews>(`/cases/${caseId}/co-mediation-reviews`, body);
