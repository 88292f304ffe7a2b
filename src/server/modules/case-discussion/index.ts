/**
 * The case discussion as others see it: its routes, its policy (for the session's areas) and what
 * the digest job (src/server/jobs/case-discussion-digest.ts) reads and writes.
 */
export { caseDiscussionRoutes } from './routes.js';
export { canDiscussion } from './policy.js';
export { digestSubscribers, markDigestSent, newPostsInFollowedThreads } from './repository.js';
/** The demo pool's thread (bootstrap/seed-demo.ts). */
export { seedDemoCaseDiscussion } from './seed-demo.js';
