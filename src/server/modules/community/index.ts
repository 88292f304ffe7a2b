/**
 * The community module: the section's area (who may open Community) and intervision groups, their
 * meetings (planned through a date poll, see the polls module) and attendance, which becomes the
 * attendees' intervision points in their MfN upkeep (registry module, recordEarnedPoints).
 */
export { canCommunity } from './policy.js';
export { communityRoutes } from './routes.js';
/** The demo pool's intervision group and open poll (bootstrap/seed-demo.ts). */
export { seedDemoIntervision } from './seed-demo-intervision.js';
