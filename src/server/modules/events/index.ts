/**
 * Events (issue 16, item 3): the pool's agenda of training, masterclasses, intervision days and
 * coordinator meetings; registrations with a waiting list; attendance into MfN upkeep; the
 * certificate and the anonymous evaluation.
 */
export { eventRoutes } from './routes.js';
export { canEvent } from './policy.js';
/** The trainings a user attended, for the registry's path (growth module). */
export { selectAttendedEvents as attendedEvents } from './repository.js';
/** The start page's coming events for this person (workspace). */
export { upcomingEventWork, UPCOMING_WEEKS } from './queries/event-work.js';
/** The demo pool's agenda (bootstrap/seed-demo.ts). */
export { seedDemoEvents } from './seed-demo-events.js';
