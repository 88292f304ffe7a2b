import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { CommunityPage } from './community-page.js';

/** The Community section's signed-in pages (app/routes.tsx, route-paths.ts), opened by the area 'community.read'. */
export const communityRoutes: RouteObject[] = [
  { path: '/community', element: <RequireAction action="community.read"><CommunityPage /></RequireAction> },
];
