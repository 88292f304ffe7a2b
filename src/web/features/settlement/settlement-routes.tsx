import type { RouteObject } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireRole } from '../../app/require-auth.js';
import { SettlementDetailPage } from './settlement-detail-page.js';
import { SettlementListPage } from './settlement-list-page.js';

/** Finance and coordinators manage settlements; a contact reads their municipality's statements. */
export const SETTLEMENT_ROLES: readonly Role[] = ['finance', 'coordinator', 'contact'];

export const settlementRoutes: RouteObject[] = [
  { path: '/verrekening', element: <RequireRole roles={SETTLEMENT_ROLES}><SettlementListPage /></RequireRole> },
  { path: '/verrekening/:settlementId', element: <RequireRole roles={SETTLEMENT_ROLES}><SettlementDetailPage /></RequireRole> },
];
