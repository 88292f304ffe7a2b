/** The reports module as others see it: its routes, and the demo pool's year of cases (seed-demo). */
export { reportRoutes } from './routes.js';
export { seedDemoYear } from './seed-demo-year.js';
