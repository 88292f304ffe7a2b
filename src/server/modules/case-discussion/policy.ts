import { hasRole, type Actor } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { DiscussionAction } from '../../../contract/case-discussion.js';

export type { DiscussionAction };

/** What the case-discussion policy decides on: the pool's threads, one thread (followed or not), one post (hidden or not). */
export type DiscussionPolicyObject =
  | { kind: 'pool' }
  | { kind: 'thread'; following: boolean }
  | { kind: 'post'; hidden: boolean };

/** Who takes part: the pool's mediators (process facilitators included) and coordinators. */
const takesPart = (actor: Actor) => hasRole(actor, 'mediator', 'coordinator');

/**
 * The case discussion is closed: only mediators and coordinators of the pool see it, start a
 * thread, reply, follow and choose a digest. Contacts, finance and administrators see nothing (a
 * thread answers 404, the list 403). A coordinator may hide a post that is not hidden yet.
 */
export const canDiscussion: Policy<DiscussionAction, DiscussionPolicyObject> = (actor, action, o) => {
  if (!takesPart(actor)) return false;
  switch (o.kind) {
    case 'pool':
      return action === 'list' || action === 'start' || action === 'set-digest';
    case 'thread':
      if (action === 'read' || action === 'reply') return true;
      if (action === 'follow') return !o.following;
      if (action === 'unfollow') return o.following;
      return false;
    case 'post':
      if (action === 'read') return true;
      if (action === 'hide') return !o.hidden && hasRole(actor, 'coordinator');
      return false;
  }
};

export const POOL: DiscussionPolicyObject = { kind: 'pool' };
