import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { RequireAction, useMayOpen } from '../../app/require-auth.js';
import { ApprovalPage } from './approval-page.js';
import { HoursPage } from './hours-page.js';

/** A mediator logs hours on /uren; a coordinator who may not log hours goes to the queue. */
function HoursHome() {
  const mayOpen = useMayOpen();
  if (!mayOpen('hours.log')) return <Navigate to="/uren/goedkeuren" replace />;
  return <HoursPage />;
}

/** The hours pages, inside the signed-in frame (app/routes.tsx); the session's areas open them. */
export const hoursRoutes: RouteObject[] = [
  { path: '/uren', element: <RequireAction action={['hours.log', 'hours.review']}><HoursHome /></RequireAction> },
  { path: '/uren/goedkeuren', element: <RequireAction action="hours.review"><ApprovalPage /></RequireAction> },
];
