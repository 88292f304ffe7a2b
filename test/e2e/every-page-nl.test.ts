import { walkEveryPage } from '../helpers/page-walk.js';

// Every page reachable by a link, in Dutch: test/helpers/page-walk.ts.
walkEveryPage('nl');
