/**
 * Hours: logging on cases, approval, corrections and totals. The one entry point for other
 * modules and the module list.
 */
export { hoursRoutes } from './routes.js';
/** The hours policy, for the areas a session may open (auth's session actions). */
export { canHours, type HoursAction, type HoursPolicyObject } from './policy.js';
/** The start page's hours sections (workspace): the approval queue (coordinator), one's rejected entries (mediator). */
export { approvalWork, rejectedHoursWork } from './queries/hours-work.js';
