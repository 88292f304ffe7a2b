import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { CommunityPage } from './community-page.js';
import { GroupsPage } from './groups-page.js';
import { ComposeGroupPage } from './compose-group-page.js';
import { GroupPage } from './group-page.js';
import { PollPage } from './poll-page.js';
import { PointsPage } from './points-page.js';

const open = (page: React.ReactElement) => <RequireAction action="community.read">{page}</RequireAction>;

/**
 * The Community section's signed-in pages (app/routes.tsx, route-paths.ts), opened by the area
 * 'community.read'; the API decides per group and poll (a poll page answers 404 to the uninvited).
 * The party's poll page (/datumprikker/:token) is public and listed in app/routes.tsx.
 */
export const communityRoutes: RouteObject[] = [
  { path: '/community', element: open(<CommunityPage />) },
  { path: '/community/intervisie', element: open(<GroupsPage />) },
  { path: '/community/intervisie/nieuw', element: open(<ComposeGroupPage />) },
  { path: '/community/intervisie/:groupId', element: open(<GroupPage />) },
  // One's own points: only with a mediator profile of one's own (the area of "Mijn beschikbaarheid").
  { path: '/community/mijn-punten', element: <RequireAction action="registry.own">{<PointsPage />}</RequireAction> },
  { path: '/datumprikkers/:pollId', element: <PollPage /> },
];
