/** The pool's register of processing activities and the audit chain's check (issue 17, items 5 and 6; ADR 0017). */
export { processingRegisterRoutes } from './routes.js';
export { canProcessingRegister, type ProcessingRegisterObject } from './policy.js';
