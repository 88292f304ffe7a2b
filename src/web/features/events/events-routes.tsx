import type { RouteObject } from 'react-router';
import { RequireAction } from '../../app/require-auth.js';
import { AgendaPage } from './agenda-page.js';
import { EventPage } from './event-page.js';
import { EditEventPage, NewEventPage } from './new-event-page.js';

/** The agenda's signed-in pages (app/routes.tsx, route-paths.ts), opened by the area 'events.agenda'; creating is asked of the list's allowedActions. */
export const eventsRoutes: RouteObject[] = [
  { path: '/community/agenda', element: <RequireAction action="events.agenda"><AgendaPage /></RequireAction> },
  { path: '/community/agenda/nieuw', element: <RequireAction action="events.agenda"><NewEventPage /></RequireAction> },
  { path: '/community/agenda/:eventId', element: <RequireAction action="events.agenda"><EventPage /></RequireAction> },
  { path: '/community/agenda/:eventId/wijzigen', element: <RequireAction action="events.agenda"><EditEventPage /></RequireAction> },
];
