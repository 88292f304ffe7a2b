/**
 * Lending between pools (ADR 0022): agreements between two pools. Others use the policy and the
 * demo seed of an agreement between the demo pools.
 */
export { lendingRoutes } from './routes.js';
export { canLending, type LendingObject } from './policy.js';
export { seedDemoLendingAgreement } from './seed-demo-lending.js';
