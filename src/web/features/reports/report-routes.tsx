import type { RouteObject } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireRole } from '../../app/require-auth.js';
import { BenchmarkPage } from './benchmark-page.js';
import { ReportsPage } from './reports-page.js';

/** Reports: coordinators (pool), contacts (own municipality), finance (hours only). */
export const REPORT_ROLES: readonly Role[] = ['coordinator', 'contact', 'finance'];
/** The benchmark compares case figures, which finance does not see. */
const BENCHMARK_ROLES: readonly Role[] = ['coordinator', 'contact'];

export const reportRoutes: RouteObject[] = [
  { path: '/rapportages', element: <RequireRole roles={REPORT_ROLES}><ReportsPage /></RequireRole> },
  { path: '/rapportages/benchmark', element: <RequireRole roles={BENCHMARK_ROLES}><BenchmarkPage /></RequireRole> },
];
