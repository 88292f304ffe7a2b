/** Retention terms, destruction lists and the purge of dead links (issue 17, item 3; ADR 0018). */
export { retentionRoutes } from './routes.js';
export { canRetention, type RetentionObject } from './policy.js';
/** The monthly job: a proposal per pool, and the purge of expired links and sessions. */
export { draftDestructionList } from './commands/draft-destruction-list.js';
export { purgeExpiredLinks } from './commands/purge-expired-links.js';
export { poolsForRetention } from './repository/pools.js';
/** What the data-subject module needs: a pool's case-file term. */
export { loadRetentionTerms } from './repository/terms.js';
/** The demo's old, destroyable case (bootstrap/seed-demo). */
export { seedDemoRetention, DEMO_OLD_CASE } from './seed-demo-retention.js';
