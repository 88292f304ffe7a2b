import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { CaseAccess } from '../case-status/index.js';
import type { OutcomeAction } from '../../../contract/outcomes.js';

export type { OutcomeAction };

/** While the outcome can still change: before the aftercare check has closed the case. */
export const OUTCOME_OPEN_STATUSES: readonly string[] = ['assigned', 'in_progress', 'concluded', 'aftercare'];
/** The aftercare check is recorded on a concluded case (or one in aftercare). */
export const AFTERCARE_OPEN_STATUSES: readonly string[] = ['concluded', 'aftercare'];
/** The survey goes out once the mediation is concluded. */
export const SURVEY_STATUSES: readonly string[] = ['concluded', 'aftercare', 'closed'];

/**
 * What the outcomes policy decides on: a case's outcome, aftercare and survey (with what the
 * actor sees of the case and its status), or the aftercare task list (`pool`).
 */
export type OutcomePolicyObject = { kind: 'case'; access: CaseAccess; status: string } | { kind: 'pool' };

/**
 * The case's mediators and the coordinator (full access) handle the outcome: they record it while
 * the case runs or is concluded, record the aftercare check on a concluded case and invite the
 * parties to the survey once it is concluded. A contact of the requesting municipality reads the
 * status and, only when the parties allowed it, the outcome category. Aftercare tasks: a mediator
 * sees their own, a coordinator the pool's.
 *
 * Commands ask `handle` first (404 when the case is not theirs to handle) and then the state-aware
 * action (409 with the reason).
 */
export const canOutcome: Policy<OutcomeAction, OutcomePolicyObject> = (actor, action, o) => {
  if (o.kind === 'pool') {
    if (action === 'list-aftercare-tasks') return hasRole(actor, 'mediator', 'coordinator');
    if (action === 'list-pool-aftercare-tasks') return hasRole(actor, 'coordinator');
    return false;
  }
  if (action === 'read') return true; // the case was loaded for the actor: full or limited access
  if (o.access !== 'full') return false;
  switch (action) {
    case 'handle':
      return true;
    case 'record-outcome':
      return OUTCOME_OPEN_STATUSES.includes(o.status);
    case 'record-aftercare':
      return AFTERCARE_OPEN_STATUSES.includes(o.status);
    case 'invite-survey':
    case 'resend-survey':
      return SURVEY_STATUSES.includes(o.status);
    default:
      return false;
  }
};

export const POOL: OutcomePolicyObject = { kind: 'pool' };
export const outcomeObject = (loaded: { access: CaseAccess; row: { status: string } }): OutcomePolicyObject => ({ kind: 'case', access: loaded.access, status: loaded.row.status });
