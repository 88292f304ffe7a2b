import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { CaseDetailPage } from './case-detail-page.js';
import { CaseListPage } from './case-list-page.js';
import { ReferralPage } from './referral-page.js';
import { TriagePage } from './triage-page.js';

/**
 * The case pages, inside the signed-in frame (app/routes.tsx). Dutch addresses. Who works with
 * cases at all comes with the session (the cases policy's 'list', 'refer' and, for the triage screen, 'triage' on the pool's cases); which case and how
 * much of it is the server's answer for that case.
 */
export const caseRoutes: RouteObject[] = [
  { path: '/zaken', element: <RequireAction action="cases.list"><CaseListPage /></RequireAction> },
  { path: '/zaken/aanmelden', element: <RequireAction action="cases.refer"><ReferralPage /></RequireAction> },
  { path: '/zaken/:caseId', element: <RequireAction action="cases.list"><CaseDetailPage /></RequireAction> },
  { path: '/zaken/:caseId/triage', element: <RequireAction action="cases.triage"><TriagePage /></RequireAction> },
];
