/**
 * The public front door (voorportaal, issue 15 item 4): questionnaire, advice, self-referral into
 * a pool's intake, the resident's status link, and the coordinator's report of anonymous route
 * counts. Others use its routes and its policy (the session's areas).
 */
export { frontDoorRoutes } from './routes.js';
export { canFrontDoor, type FrontDoorObject } from './policy.js';
