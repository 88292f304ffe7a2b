import type { RouteObject } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireAction, RequireRole } from '../../app/require-auth.js';
import { CaseDetailPage } from './case-detail-page.js';
import { CaseListPage } from './case-list-page.js';
import { ReferralPage } from './referral-page.js';
import { TriagePage } from './triage-page.js';

/** The triage screen: the session carries no area for it, and the case itself says 'triage' only in status triage. */
const COORDINATOR: readonly Role[] = ['coordinator'];

/**
 * The case pages, inside the signed-in frame (app/routes.tsx). Dutch addresses. Who works with
 * cases at all comes with the session (the cases policy's 'list' and 'refer'); which case and how
 * much of it is the server's answer for that case.
 */
export const caseRoutes: RouteObject[] = [
  { path: '/zaken', element: <RequireAction action="cases.list"><CaseListPage /></RequireAction> },
  { path: '/zaken/aanmelden', element: <RequireAction action="cases.refer"><ReferralPage /></RequireAction> },
  { path: '/zaken/:caseId', element: <RequireAction action="cases.list"><CaseDetailPage /></RequireAction> },
  { path: '/zaken/:caseId/triage', element: <RequireRole roles={COORDINATOR}><TriagePage /></RequireRole> },
];
