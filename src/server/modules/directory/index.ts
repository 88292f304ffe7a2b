/**
 * The public directory (issue 15, item 3): every pool and the other initiatives, searchable by
 * municipality, each pool's public page with last year's key figures (small-number rule, open
 * data under CC0). Others use its routes and the demo seed.
 */
export { directoryRoutes } from './routes.js';
export { canDirectory } from './policy.js';
export { seedDemoDirectory } from './seed-demo-directory.js';
