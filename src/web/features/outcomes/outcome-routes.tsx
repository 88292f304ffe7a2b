import type { RouteObject } from 'react-router';
import type { Role } from '../../../domain/roles.js';
import { RequireRole } from '../../app/require-auth.js';
import { AftercarePage } from './aftercare-page.js';

/** As the server's policy: a mediator sees their own aftercare, a coordinator the pool's. */
export const AFTERCARE_ROLES: readonly Role[] = ['mediator', 'coordinator'];
export const AFTERCARE_PATH = '/nazorg';

/** The signed-in outcome pages (app/routes.tsx); the survey page is public and listed there. */
export const outcomeRoutes: RouteObject[] = [{ path: AFTERCARE_PATH, element: <RequireRole roles={AFTERCARE_ROLES}><AftercarePage /></RequireRole> }];
