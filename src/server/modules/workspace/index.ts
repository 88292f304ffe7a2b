/**
 * The workspace: "Mijn werk", the start page per role. It holds no SQL and no data of its own: each
 * section is asked of the module that owns the work, through that module's index.
 */
export { workspaceRoutes } from './routes.js';
export { canWorkspace } from './policy.js';
