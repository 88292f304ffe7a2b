/** The pool's mail outbox as administrators see it. (Queueing and sending mail is src/server/mail and jobs.) */
export { mailOutboxRoutes } from './routes.js';
export { canMailOutbox, type MailOutboxObject } from './policy.js';
/** The start page's failed mail (workspace, administrator). */
export { mailFailureWork } from './queries/mail-work.js';
