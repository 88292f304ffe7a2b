/**
 * The polls module: date polls, one generic mechanism (ADR 0020) for intervision meetings and a
 * case's first session; invitees answer with their account or a personal link.
 */
export { pollRoutes } from './routes.js';
