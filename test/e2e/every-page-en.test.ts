import { walkEveryPage } from '../helpers/page-walk.js';

// Every page reachable by a link, in English: test/helpers/page-walk.ts.
walkEveryPage('en');
