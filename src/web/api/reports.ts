import { api, toQueryString } from './client.js';

/** The report API (GET /api/v1/reports and its exports); see src/server/modules/reports. */
import type { ReportTableName } from '../../domain/reports/report-table-names.js';
export type { ReportTableName };

export type ReportCell = string | number | null;

export interface ReportTable {
  name: ReportTableName;
  title: string;
  columns: { key: string; label: string }[];
  rows: Record<string, ReportCell>[];
  /** Fewer than 5 cases: the figures are withheld (null). */
  tooFewCases: boolean;
}

export interface MunicipalityRef {
  id: string;
  code: string;
  name: string;
}

export interface Report {
  period: { from: string; to: string };
  municipality: MunicipalityRef | null;
  caseCount: number | null;
  tooFewCases: boolean;
  tables: ReportTable[];
}

export interface ReportScopeQuery {
  from?: string;
  to?: string;
  municipalityId?: string;
}

export interface Benchmark {
  year: number;
  municipality: MunicipalityRef;
  members: number;
  rows: { measure: string; label: string; municipality: number | null; poolAverage: number | null; previousYear: number | null }[];
  tooFewCases: { municipality: boolean; pool: boolean; previousYear: boolean };
}

export const getReport = (query: ReportScopeQuery, signal?: AbortSignal) => api.get<Report>('/reports', { query: { ...query }, ...(signal ? { signal } : {}) });

export const getBenchmark = (year: number, municipalityId: string | undefined, signal?: AbortSignal) =>
  api.get<Benchmark>('/reports/benchmark', { query: { year, municipalityId }, ...(signal ? { signal } : {}) });

/** Downloads are plain links: the browser sends the session cookie with a same-origin GET. */
export const reportExportUrl = (query: ReportScopeQuery, table: ReportTableName, format: 'csv' | 'xlsx') =>
  `/api/v1/reports/export${toQueryString({ ...query, table, format })}`;

export const annualReportUrl = (year: number, municipalityId?: string) => `/api/v1/reports/annual${toQueryString({ year, municipalityId })}`;

export const caseRegisterUrl = (query: { from?: string; to?: string }) => `/api/v1/reports/case-register${toQueryString({ ...query })}`;
