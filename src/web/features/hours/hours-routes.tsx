import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireRole } from '../../app/require-auth.js';
import { useCurrentSession } from '../../app/session.js';
import { ApprovalPage } from './approval-page.js';
import { HoursPage } from './hours-page.js';

export const HOURS_ROLES: readonly Role[] = ['mediator', 'coordinator'];
const COORDINATOR: readonly Role[] = ['coordinator'];

/** A mediator logs hours on /uren; a coordinator who is not also a mediator goes to the queue. */
function HoursHome() {
  const { user } = useCurrentSession();
  if (!user.roles.includes('mediator')) return <Navigate to="/uren/goedkeuren" replace />;
  return <HoursPage />;
}

/** The hours pages, inside the signed-in frame (app/routes.tsx). */
export const hoursRoutes: RouteObject[] = [
  { path: '/uren', element: <RequireRole roles={HOURS_ROLES}><HoursHome /></RequireRole> },
  { path: '/uren/goedkeuren', element: <RequireRole roles={COORDINATOR}><ApprovalPage /></RequireRole> },
];
