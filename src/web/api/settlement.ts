import { api } from './client.js';

/** The settlement API (/api/v1/settlements, /api/v1/external-costs). Money in integer cents. */
export interface SettlementPeriod {
  kind: 'month' | 'quarter' | 'year';
  code: string;
  label: string;
  start: string;
  end: string;
}

export type SettlementStatus = 'draft' | 'final';

export interface SettlementSummary {
  id: string;
  period: SettlementPeriod;
  status: SettlementStatus;
  contentHash: string | null;
  createdAt: string;
  finalisedAt: string | null;
}

export interface SettlementFigures {
  version: 1;
  pool: { id: string; name: string };
  period: SettlementPeriod;
  mode: 'none' | 'hourly';
  rates: { year: number; cents: number }[];
  municipalities: { id: string; code: string; name: string }[];
  lines: { caseId: string; caseNumber: string; supplierId: string; userId: string; year: number; minutes: number; entries: number }[];
  pairs: { supplierId: string; userId: string; minutes: number; amountCents: number | null }[];
  positions: {
    municipalityId: string;
    minutesSupplied: number;
    minutesUsed: number;
    netMinutes: number;
    ownMinutes: number;
    receivedCents: number | null;
    paidCents: number | null;
    netCents: number | null;
  }[];
  transfers: { fromId: string; toId: string; amountCents: number }[];
  totals: { settledMinutes: number; ownMinutes: number; totalAmountCents: number | null; entries: number };
  finalisedAt: string | null;
}

export interface Settlement {
  id: string;
  period: SettlementPeriod;
  status: SettlementStatus;
  figures: SettlementFigures | null;
  contentHash: string | null;
  hashVerified: boolean | null;
  issues: { code: string; message: string; years?: number[] }[];
  pendingApproval: { entries: number; minutes: number };
  createdBy: string;
  createdAt: string;
  finalisedBy: string | null;
  finalisedAt: string | null;
}

export interface Statement {
  municipality: { id: string; code: string; name: string };
  minutesSupplied: number;
  minutesUsed: number;
  netMinutes: number;
  netCents: number | null;
  /** Full path of the PDF, starting with /api/v1. */
  pdf: string;
}

export interface ExternalDeclaration {
  id: string;
  declaredOn: string;
  minutes: number;
  note: string | null;
  createdAt: string;
}

export interface ExternalEngagement {
  caseId: string;
  caseNumber: string;
  municipality: { id: string; name: string };
  externalName: string;
  organisation: string | null;
  hourlyRateCents: number;
  minutes: number;
  costCents: number;
  declarations: ExternalDeclaration[];
}

export interface ExternalCosts {
  from: string | null;
  to: string | null;
  items: ExternalEngagement[];
  totalMinutes: number;
  totalCostCents: number;
  perMunicipality: { id: string; name: string; costCents: number }[];
}

/** External costs on one case, with the case's external mediators from matching. */
export interface CaseExternalCosts {
  externalMediators: CaseExternalMediator[];
  items: ExternalEngagement[];
  totalMinutes: number;
  totalCostCents: number;
}

/** An external mediator matching engaged on the case; declarations are booked against it. */
export interface CaseExternalMediator {
  id: string;
  name: string;
  organisation: string;
  agreedRateCents: number;
  status: 'assigned' | 'released';
}

export interface ExternalCostInput {
  externalAssignmentId: string;
  minutes: number;
  declaredOn: string;
  note: string | null;
}

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listSettlements = (signal?: AbortSignal) => api.get<{ items: SettlementSummary[] }>('/settlements', opts(signal));
export const createSettlement = (period: string) => api.post<Settlement>('/settlements', { period });
export const getSettlement = (id: string, signal?: AbortSignal) => api.get<Settlement>(`/settlements/${id}`, opts(signal));
export const finaliseSettlement = (id: string) => api.post<Settlement>(`/settlements/${id}/finalise`);
export const deleteSettlement = (id: string) => api.delete(`/settlements/${id}`);
export const listStatements = (id: string, signal?: AbortSignal) => api.get<{ items: Statement[] }>(`/settlements/${id}/statements`, opts(signal));
export const getExternalCosts = (signal?: AbortSignal) => api.get<ExternalCosts>('/external-costs', opts(signal));
export const getCaseExternalCosts = (caseId: string, signal?: AbortSignal) => api.get<CaseExternalCosts>(`/cases/${caseId}/external-costs`, opts(signal));
export const declareExternalCost = (caseId: string, input: ExternalCostInput) => api.post<{ id: string }>(`/cases/${caseId}/external-costs`, input);
export const removeExternalCost = (id: string) => api.delete(`/external-costs/${id}`);

/** Addresses for links (downloads go straight to the server, with the session cookie). */
export const settlementExportUrl = (id: string, kind: 'csv' | 'xlsx') => `/api/v1/settlements/${id}/export.${kind}`;
