import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { BatchPage } from './batch-page.js';
import { TaskListPage } from './task-list-page.js';
import { TaskPage } from './task-page.js';
import { WeightsPage } from './weights-page.js';

/**
 * The signed-in matching pages (app/routes.tsx), each opened as the session's areas allow (the
 * server's matching policy: the batch for coordinators, the weights for administrators and
 * coordinators, the tasks for mediators). /voorstellen/:proposalId is the address in the
 * mediator's proposal mail; it shows the same task page.
 */
export const matchingRoutes: RouteObject[] = [
  { path: '/zaken/matching-voorstel', element: <RequireAction action="matching.batch"><BatchPage /></RequireAction> },
  { path: '/matching/gewichten', element: <RequireAction action="matching.weights"><WeightsPage /></RequireAction> },
  { path: '/taken', element: <RequireAction action="matching.tasks"><TaskListPage /></RequireAction> },
  { path: '/taken/:proposalId', element: <RequireAction action="matching.tasks"><TaskPage /></RequireAction> },
  { path: '/voorstellen/:proposalId', element: <RequireAction action="matching.tasks"><TaskPage /></RequireAction> },
];
