import { hasRole, type Actor } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import type { KnowledgeAction } from '../../../contract/knowledge-base.js';

export type { KnowledgeAction };

/**
 * What the knowledge-base policy decides on: the pool's knowledge base (list, create, editors),
 * or one article with the audiences it is marked for. `isEditor`: a coordinator chose the actor
 * as editor.
 */
export type KnowledgePolicyObject =
  | { kind: 'pool'; isEditor: boolean }
  | { kind: 'article'; forContacts: boolean; forFinance: boolean; isEditor: boolean };

/** Which articles this actor reads: all (mediators, process facilitators, coordinators) or only those marked for their role. */
export interface ReaderScope {
  all: boolean;
  contacts: boolean;
  finance: boolean;
}

export function readerScope(actor: Actor): ReaderScope {
  return { all: hasRole(actor, 'mediator', 'coordinator'), contacts: hasRole(actor, 'contact'), finance: hasRole(actor, 'finance') };
}

const mayRead = (actor: Actor, a: { forContacts: boolean; forFinance: boolean }) => {
  const scope = readerScope(actor);
  return scope.all || (scope.contacts && a.forContacts) || (scope.finance && a.forFinance);
};

/** Writers: coordinators, and the mediators a coordinator chose as editor. */
const mayWrite = (actor: Actor, isEditor: boolean) => hasRole(actor, 'coordinator') || (isEditor && hasRole(actor, 'mediator'));

/**
 * The knowledge base is the pool's own: mediators (process facilitators are mediators with
 * another kind of profile) and coordinators read every article; contacts and finance only the
 * articles marked for them, every other article answers 404 to them. Coordinators and the
 * editors they chose write; only coordinators choose editors. The change history (who changed
 * what and when) is for the full readers.
 */
export const canKnowledge: Policy<KnowledgeAction, KnowledgePolicyObject> = (actor, action, o) => {
  if (o.kind === 'pool') {
    if (action === 'list') return hasRole(actor, 'mediator', 'coordinator', 'contact', 'finance');
    if (action === 'create') return mayWrite(actor, o.isEditor);
    if (action === 'manage-editors') return hasRole(actor, 'coordinator');
    return false;
  }
  if (!mayRead(actor, o)) return false;
  if (action === 'read') return true;
  if (action === 'read-versions') return readerScope(actor).all;
  if (action === 'update') return mayWrite(actor, o.isEditor);
  return false;
};
