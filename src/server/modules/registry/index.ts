/**
 * The registry's shared pieces: the demo pool's registry seed and the small helpers the registry
 * modules (and hours) use for database errors and audit diffs.
 */
export { seedDemoRegistry } from './seed-demo-registry.js';
export { changedFields, isExclusionViolation, isUniqueViolation } from './registry-support.js';
export { recordEarnedPoints, withdrawEarnedPoints, type EarnedPoints } from './earned-points.js';
