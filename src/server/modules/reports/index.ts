/**
 * The reports module as others see it: its routes, its policy (auth's session actions ask it for
 * the menu), and the demo pool's year of cases (seed-demo).
 */
export { reportRoutes } from './routes.js';
export { canReport, canReports, seesCaseFigures, REPORTS } from './policy.js';
export { seedDemoYear } from './seed-demo-year.js';
// The benchmark across pools counts working days the reports' way (one running-count array).
export { workingDayIndex, type WorkingDayIndex } from './working-day-index.js';
export { publicKeyFigures, PUBLIC_MEASURES, type PublicMeasure } from './public-key-figures.js';
