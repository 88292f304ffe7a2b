import { api, toQueryString } from './client.js';
import type { Benchmark, MunicipalityRefType, Report, ReportAction, ReportActions, ReportCell, ReportScopeQuery, ReportTable } from '../../contract/reports.js';
import type { ReportTableName } from '../../domain/reports/report-table-names.js';

/** The report API (GET /api/v1/reports and its exports); types from src/contract/reports.ts. */
export type { Benchmark, Report, ReportAction, ReportCell, ReportScopeQuery, ReportTable, ReportTableName };
export type MunicipalityRef = MunicipalityRefType;

/** What the caller may do with reports; the pages show their parts from it. */
export const getReportActions = (signal?: AbortSignal) => api.get<ReportActions>('/reports/actions', signal ? { signal } : {});

export const getReport = (query: ReportScopeQuery, signal?: AbortSignal) => api.get<Report>('/reports', { query: { ...query }, ...(signal ? { signal } : {}) });

export const getBenchmark = (year: number, municipalityId: string | undefined, signal?: AbortSignal) =>
  api.get<Benchmark>('/reports/benchmark', { query: { year, municipalityId }, ...(signal ? { signal } : {}) });

/** Downloads are plain links: the browser sends the session cookie with a same-origin GET. */
export const reportExportUrl = (query: ReportScopeQuery, table: ReportTableName, format: 'csv' | 'xlsx') =>
  `/api/v1/reports/export${toQueryString({ ...query, table, format })}`;

export const annualReportUrl = (year: number, municipalityId?: string) => `/api/v1/reports/annual${toQueryString({ year, municipalityId })}`;

export const caseRegisterUrl = (query: { from?: string; to?: string }) => `/api/v1/reports/case-register${toQueryString({ ...query })}`;
