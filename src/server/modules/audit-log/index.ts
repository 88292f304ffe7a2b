/** The pool's audit log, read by its administrators. (Writing it is src/server/audit, used by every module.) */
export { auditLogRoutes } from './routes.js';
export { canAuditLog, type AuditLogObject } from './policy.js';
