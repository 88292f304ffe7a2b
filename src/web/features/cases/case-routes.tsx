import type { RouteObject } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireRole } from '../../app/require-auth.js';
import { CaseDetailPage } from './case-detail-page.js';
import { CaseListPage } from './case-list-page.js';
import { ReferralPage } from './referral-page.js';
import { TriagePage } from './triage-page.js';

/** Who works with cases at all; which case and how much of it is the server's decision. */
export const CASE_ROLES: readonly Role[] = ['coordinator', 'contact', 'mediator'];
const REFERRER_ROLES: readonly Role[] = ['coordinator', 'contact'];
const COORDINATOR: readonly Role[] = ['coordinator'];

/** The case pages, inside the signed-in frame (app/routes.tsx). Dutch addresses. */
export const caseRoutes: RouteObject[] = [
  { path: '/zaken', element: <RequireRole roles={CASE_ROLES}><CaseListPage /></RequireRole> },
  { path: '/zaken/aanmelden', element: <RequireRole roles={REFERRER_ROLES}><ReferralPage /></RequireRole> },
  { path: '/zaken/:caseId', element: <RequireRole roles={CASE_ROLES}><CaseDetailPage /></RequireRole> },
  { path: '/zaken/:caseId/triage', element: <RequireRole roles={COORDINATOR}><TriagePage /></RequireRole> },
];
