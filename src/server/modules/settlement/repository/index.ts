/** All of the settlement module's SQL, by topic. */
export * from './settlements.js';
export * from './external-costs.js';
export * from './demo-external-engagement.js';
export * from './work.js';
export * from './lent-hours.js';
