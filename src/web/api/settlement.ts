import { api } from './client.js';
import type { CaseExternalCosts, Created, ExternalCostInput, ExternalCosts, Settlement, SettlementList, StatementList } from '../../contract/settlement.js';

/** The settlement API (/api/v1/settlements, /api/v1/external-costs); its shapes come from the contract. Money in integer cents. */
export type {
  CaseExternalCosts,
  CaseExternalMediator,
  ExternalCostAction,
  ExternalCostInput,
  ExternalCosts,
  ExternalDeclaration,
  ExternalEngagement,
  Settlement,
  SettlementCollectionAction,
  SettlementFigures,
  SettlementList,
  SettlementObjectAction,
  SettlementPeriod,
  SettlementStatus,
  SettlementSummary,
  Statement,
} from '../../contract/settlement.js';

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listSettlements = (signal?: AbortSignal) => api.get<SettlementList>('/settlements', opts(signal));
export const createSettlement = (period: string) => api.post<Settlement>('/settlements', { period });
export const getSettlement = (id: string, signal?: AbortSignal) => api.get<Settlement>(`/settlements/${id}`, opts(signal));
export const finaliseSettlement = (id: string) => api.post<Settlement>(`/settlements/${id}/finalise`);
export const deleteSettlement = (id: string) => api.delete(`/settlements/${id}`);
export const listStatements = (id: string, signal?: AbortSignal) => api.get<StatementList>(`/settlements/${id}/statements`, opts(signal));
export const getExternalCosts = (signal?: AbortSignal) => api.get<ExternalCosts>('/external-costs', opts(signal));
export const getCaseExternalCosts = (caseId: string, signal?: AbortSignal) => api.get<CaseExternalCosts>(`/cases/${caseId}/external-costs`, opts(signal));
export const declareExternalCost = (caseId: string, input: ExternalCostInput) => api.post<Created>(`/cases/${caseId}/external-costs`, input);
export const removeExternalCost = (id: string) => api.delete(`/external-costs/${id}`);

/** Addresses for links (downloads go straight to the server, with the session cookie). */
export const settlementExportUrl = (id: string, kind: 'csv' | 'xlsx') => `/api/v1/settlements/${id}/export.${kind}`;
