/**
 * The polls module: date polls, one generic mechanism (ADR 0020) for an intervision meeting and a
 * case's first session; invitees answer with their account or a personal link.
 */
export { pollRoutes } from './routes.js';
export { canPoll } from './policy.js';
/** Opening a poll for another module's object (community: an intervision meeting); that module asks its own policy first. */
export { openPoll, type OpenPollInput } from './commands/open-poll.js';
/** What other modules show of their polls (community: a meeting's date once fixed). */
export { pollStates, type PollState } from './queries/poll-states.js';
/** The start page's open polls awaiting the person's answer (workspace). */
export { pollsAwaitingAnswer } from './queries/poll-work.js';
/** The demo pool's open intervision poll (community's demo seed). */
export { seedDemoPoll } from './seed-demo-poll.js';
