import type { RouteObject } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireRole } from '../../app/require-auth.js';
import { BatchPage } from './batch-page.js';
import { TaskListPage } from './task-list-page.js';
import { TaskPage } from './task-page.js';
import { WeightsPage } from './weights-page.js';

const COORDINATOR: readonly Role[] = ['coordinator'];
const MEDIATOR: readonly Role[] = ['mediator'];
/** As the server's policy: administrators and coordinators keep the pool's weights. */
const WEIGHT_KEEPERS: readonly Role[] = ['admin', 'coordinator'];

/**
 * The signed-in matching pages (app/routes.tsx). /voorstellen/:proposalId is the address in the
 * mediator's proposal mail; it shows the same task page.
 */
export const matchingRoutes: RouteObject[] = [
  { path: '/zaken/matching-voorstel', element: <RequireRole roles={COORDINATOR}><BatchPage /></RequireRole> },
  { path: '/matching/gewichten', element: <RequireRole roles={WEIGHT_KEEPERS}><WeightsPage /></RequireRole> },
  { path: '/taken', element: <RequireRole roles={MEDIATOR}><TaskListPage /></RequireRole> },
  { path: '/taken/:proposalId', element: <RequireRole roles={MEDIATOR}><TaskPage /></RequireRole> },
  { path: '/voorstellen/:proposalId', element: <RequireRole roles={MEDIATOR}><TaskPage /></RequireRole> },
];
