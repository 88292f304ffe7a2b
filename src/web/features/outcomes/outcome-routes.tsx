import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { AftercarePage } from './aftercare-page.js';

export const AFTERCARE_PATH = '/nazorg';

/**
 * The signed-in outcome pages (app/routes.tsx); the survey page is public and listed there. The
 * session's areas open the Nazorg page (the outcomes policy: a mediator's own, a coordinator's pool).
 */
export const outcomeRoutes: RouteObject[] = [{ path: AFTERCARE_PATH, element: <RequireAction action="outcomes.aftercare"><AftercarePage /></RequireAction> }];
