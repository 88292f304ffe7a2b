/** The knowledge base as others see it: its routes and its policy (for the session's areas). */
export { knowledgeBaseRoutes } from './routes.js';
export { canKnowledge } from './policy.js';
/** The demo pool's articles (bootstrap/seed-demo.ts). */
export { seedDemoKnowledgeBase } from './seed-demo.js';
