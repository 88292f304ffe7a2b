import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { CaseAccess } from '../case-status/index.js';
import type { HoursAction } from '../../../contract/hours.js';

export type { HoursAction };

/** One hour entry as the policy sees it (from a repository row, see `entryForPolicy`). */
export interface HourEntryForPolicy {
  kind: 'entry';
  poolId: string;
  mediatorUserId: string | null;
  status: 'submitted' | 'approved' | 'rejected';
  /** Not a correction of other hours. */
  original: boolean;
  /** Approved in a finally settled period. */
  locked: boolean;
  /** Submitted or approved corrections point at it. */
  corrected: boolean;
  /** Its mediator is on the case now (not released). */
  mediatorOnCase: boolean;
}

/**
 * What the hours policy decides on:
 * - `pool`: the pool's hours as a collection (log, own month, approval queue, totals);
 * - `case`: the hours of one case, with what the actor sees of the case and whether they are one
 *   of its current mediators (only they log hours on it);
 * - `entry`: one hour entry, with its state.
 */
export type HoursPolicyObject =
  | { kind: 'pool'; poolId: string }
  | { kind: 'case'; poolId: string; access: CaseAccess; actorOnCase: boolean }
  | HourEntryForPolicy;

/**
 * Hours: a mediator logs hours on the cases they are on and sees their own; coordinators approve,
 * reject and see everything in the pool, but never review their own hours; finance sees the
 * totals. Approved hours are not edited or deleted (a correction is booked instead), and an
 * approval is taken back only while its period is not final and no correction points at it.
 *
 * Commands ask `read` (404 when the entry is not the actor's) or the collection action (403) first;
 * the state-aware answers below are what the responses' `allowedActions` carry, and the commands
 * refuse the same cases with their own reason (403 or 409), as before.
 */
export const canHours: Policy<HoursAction, HoursPolicyObject> = (actor, action, o) => {
  if (o.poolId !== actor.poolId) return false;
  const mediator = hasRole(actor, 'mediator');
  const coordinator = hasRole(actor, 'coordinator');
  switch (o.kind) {
    case 'pool':
      if (action === 'log' || action === 'read-own') return mediator;
      if (action === 'review') return coordinator;
      if (action === 'totals') return coordinator || hasRole(actor, 'finance');
      return false;
    case 'case':
      if (action === 'read-case') return o.access === 'full';
      if (action === 'log') return mediator && o.actorOnCase;
      return false;
    case 'entry': {
      const own = o.mediatorUserId !== null && o.mediatorUserId === actor.userId;
      const ownOnCase = own && mediator && o.mediatorOnCase;
      switch (action) {
        case 'read':
          return own || coordinator;
        case 'edit':
          return ownOnCase && o.original && o.status !== 'approved';
        case 'delete':
          return own && o.status !== 'approved';
        case 'correct':
          return o.original && o.status === 'approved' && (coordinator || ownOnCase);
        case 'approve':
        case 'reject':
          return coordinator && !own && o.status === 'submitted';
        case 'reopen':
          return coordinator && !own && (o.status === 'rejected' || (o.status === 'approved' && !o.locked && !o.corrected));
        default:
          return false;
      }
    }
  }
};

export const poolHours = (poolId: string): HoursPolicyObject => ({ kind: 'pool', poolId });
