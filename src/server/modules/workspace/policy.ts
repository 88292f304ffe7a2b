import type { Policy } from '../../auth/policy.js';
import type { WorkspaceAction } from '../../../contract/workspace.js';

/**
 * "Mijn werk" is one's own start page: every signed-in person reads their own, nobody another's.
 * What each section holds is decided by the module that owns it (cases, matching, hours, …), whose
 * policy the section's query asks, so a person sees on the start page no more than on that
 * module's own pages.
 */
export const canWorkspace: Policy<WorkspaceAction, { userId: string; poolId: string }> = (actor, _action, own) =>
  own.userId === actor.userId && own.poolId === actor.poolId;
