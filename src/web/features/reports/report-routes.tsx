import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { BenchmarkPage } from './benchmark-page.js';
import { ReportsPage } from './reports-page.js';

/**
 * Reports: coordinators (pool), contacts (own municipality), finance (hours only); the benchmark
 * compares case figures, which finance does not see. The session's areas (the reports policy) open them.
 */
export const reportRoutes: RouteObject[] = [
  { path: '/rapportages', element: <RequireAction action="reports.read"><ReportsPage /></RequireAction> },
  { path: '/rapportages/benchmark', element: <RequireAction action="reports.benchmark"><BenchmarkPage /></RequireAction> },
];
