import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { SettlementDetailPage } from './settlement-detail-page.js';
import { SettlementListPage } from './settlement-list-page.js';

/** Finance and coordinators manage settlements; a contact reads their municipality's statements (the session's area `settlement.read`). */
export const settlementRoutes: RouteObject[] = [
  { path: '/verrekening', element: <RequireAction action="settlement.read"><SettlementListPage /></RequireAction> },
  { path: '/verrekening/:settlementId', element: <RequireAction action="settlement.read"><SettlementDetailPage /></RequireAction> },
];
