import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { PollAction } from '../../../contract/polls.js';

export type { PollAction };

/**
 * A date poll is read by its organiser and its invitees; the pool's coordinators read and fix an
 * intervision poll too (they organise intervision). Invitees answer while the poll is open; the
 * organiser (or, for intervision, a coordinator) fixes it once. A case's first-session poll is the
 * mediator's: its invitees are the parties, who answer through their personal link, not here.
 */
export interface PollObject {
  poolId: string;
  purpose: 'intervision-meeting' | 'case-first-session';
  status: 'open' | 'fixed' | 'cancelled';
  organiser: boolean;
  invitee: boolean;
}

export const canPoll: Policy<PollAction, PollObject> = (actor, action, o) => {
  if (o.poolId !== actor.poolId) return false;
  const coordinates = o.purpose === 'intervision-meeting' && hasRole(actor, 'coordinator');
  if (!(o.organiser || o.invitee || coordinates)) return false;
  switch (action) {
    case 'read':
      return true;
    case 'answer':
      return o.invitee && o.status === 'open';
    case 'fix':
      return (o.organiser || coordinates) && o.status === 'open';
    default:
      return false;
  }
};
