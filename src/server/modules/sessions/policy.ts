import { hasRole } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { CaseAccess } from '../case-status/index.js';
import type { SessionAction } from '../../../contract/sessions.js';

export type { SessionAction };

/** Statuses after which nothing new is planned or recorded on a case. */
export const CLOSED_CASE_STATUSES: readonly string[] = ['closed', 'withdrawn', 'referred'];

/**
 * What the sessions policy decides on:
 * - `case`: the sessions and the agreement of a case, with what the actor sees of the case and its status;
 * - `session`: one session, with the actor's access to its case and the session's status;
 * - `pool`: the pool-wide agreement policy and one's own calendar feed.
 */
export type SessionPolicyObject =
  | { kind: 'case'; access: CaseAccess; caseStatus: string }
  | { kind: 'session'; access: CaseAccess; status: 'planned' | 'cancelled' }
  | { kind: 'pool' };

/**
 * Sessions and the mediation agreement are case content: whoever sees the whole case (the
 * coordinator and the case's own mediators) sees and plans them; everyone else gets 404, also a
 * contact of the requesting municipality, who sees only the case's status. A closed case takes no
 * new sessions or agreement; a cancelled session is not changed again. Which routes may skip the
 * signed agreement is a pool setting (administrators change it, coordinators read it); a calendar
 * feed lists the sessions of the cases one mediates.
 *
 * Commands ask `read` first (404 when the case is not the actor's) and then the state-aware action
 * (409 with the reason), so an unknown case and a closed one answer as before.
 */
export const canSession: Policy<SessionAction, SessionPolicyObject> = (actor, action, o) => {
  switch (o.kind) {
    case 'pool':
      if (action === 'read-agreement-policy') return hasRole(actor, 'admin', 'coordinator');
      if (action === 'update-agreement-policy') return hasRole(actor, 'admin');
      if (action === 'use-calendar-feed') return hasRole(actor, 'mediator');
      return false;
    case 'case':
      if (o.access !== 'full') return false;
      if (action === 'read' || action === 'read-agreement') return true;
      if (action === 'plan' || action === 'record-agreement') return !CLOSED_CASE_STATUSES.includes(o.caseStatus);
      return false;
    case 'session':
      if (o.access !== 'full') return false;
      if (action === 'read' || action === 'download') return true;
      if (action === 'reschedule' || action === 'cancel') return o.status === 'planned';
      return false;
  }
};

export const POOL: SessionPolicyObject = { kind: 'pool' };
export const caseObject = (loaded: { access: CaseAccess; row: { status: string } }): SessionPolicyObject => ({ kind: 'case', access: loaded.access, caseStatus: loaded.row.status });
