/** Data-subject rights (AVG art. 15–17): find a person, export, correct, erase (issue 17, item 4). */
export { dataSubjectRoutes } from './routes.js';
export { canDataSubject, type DataSubjectObject } from './policy.js';
