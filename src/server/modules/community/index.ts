/**
 * The community module: the section's area (who may open Community) and intervision groups, their
 * meetings (planned through a date poll, see the polls module) and attendance, which becomes the
 * attendees' intervision points in their MfN upkeep (registry module, recordEarnedPoints).
 */
export { canCommunity } from './policy.js';
export { communityRoutes } from './routes.js';
/** The start page's coming intervision meetings of the person's own groups (workspace). */
export { upcomingMeetingWork } from './queries/meeting-work.js';
/** The demo pool's intervision group and open poll (bootstrap/seed-demo.ts). */
export { seedDemoIntervision } from './seed-demo-intervision.js';
