import { hasRole, type Actor } from '../../auth/actor.js';
import type { Policy } from '../../auth/policy.js';
import { forbidden } from '../../http/problem.js';
import { allowedTransitions } from '../../../domain/cases/case-transitions.js';
import { isOpen, type CaseStatus } from '../../../domain/cases/case-status.js';
import type { CaseAction } from '../../../contract/cases.js';
import { caseAccess, lifecycleActor, toPolicyCase, type CaseAccess } from '../case-status/index.js';
import { isOwnedElsewhere } from './transitions-elsewhere.js';

export type { CaseAction };

/** A case as the policy sees it: its row (who referred it, for which municipality, its status) and the actor's relation. */
export interface CaseOnFile {
  row: { pool_id: string; requesting_municipality_id: string; referrer_user_id: string | null; status: string };
  /** Whether the actor is one of the case's current mediators. */
  isAssignedMediator: boolean;
}

/** The case list, or a new referral (for one municipality when known). */
export interface CaseCollection {
  collection: 'cases';
  poolId: string;
  municipalityId?: string | undefined;
}

export type CaseObject = CaseOnFile | CaseCollection;

const isCollection = (o: CaseObject): o is CaseCollection => 'collection' in o;

/** How much of the case this actor sees (case-status/case-access.ts holds the rule others share). */
export const accessTo = (actor: Actor, c: CaseOnFile): CaseAccess | null => caseAccess(actor, toPolicyCase(c.row), c.isAssignedMediator);

/** The case's own workers: the coordinator and the case's current mediators (both see all of it). */
const worksOn = (actor: Actor, c: CaseOnFile) =>
  accessTo(actor, c) === 'full' && (hasRole(actor, 'coordinator') || (c.isAssignedMediator && hasRole(actor, 'mediator')));

/** The lifecycle's steps for this actor now, without those another module owns (transitions-elsewhere.ts). */
export function transitionsFor(actor: Actor, c: CaseOnFile) {
  const status = c.row.status as CaseStatus;
  return allowedTransitions(status, lifecycleActor(actor, toPolicyCase(c.row), c.isAssignedMediator)).filter((t) => !isOwnedElsewhere(status, t.to));
}

/** Who may do what with a case they can see, whatever its status. */
function mayCase(actor: Actor, action: CaseAction, c: CaseOnFile): boolean {
  const access = accessTo(actor, c);
  switch (action) {
    case 'read':
      return access !== null;
    // Who may take which step is the lifecycle's table (statusAllows); refusals answer 409 with its codes.
    case 'transition':
    case 'triage':
      return access !== null;
    case 'readConfidential':
    case 'uploadDocument':
      return access === 'full';
    case 'recordFirstContact':
    case 'handle':
      return worksOn(actor, c);
    case 'updateObjectionTerms':
      return access !== null && hasRole(actor, 'coordinator');
    case 'refer':
    case 'referForAnyMunicipality':
    case 'list':
    case 'overseeDeadlines':
      return false;
  }
}

/** Whether the case's status allows the action now (the commands answer 409 with their own codes when not). */
function statusAllows(actor: Actor, action: CaseAction, c: CaseOnFile): boolean {
  switch (action) {
    case 'recordFirstContact':
      return isOpen(c.row.status as CaseStatus);
    case 'triage':
      // The triage decision (checklist and route) is how a case in triage moves on to matching.
      return c.row.status === 'triage' && transitionsFor(actor, c).some((t) => t.to === 'matching');
    case 'transition':
      return transitionsFor(actor, c).length > 0;
    default:
      return true;
  }
}

function mayOnCollection(actor: Actor, action: CaseAction, o: CaseCollection): boolean {
  if (o.poolId !== actor.poolId) return false;
  switch (action) {
    case 'list':
      return hasRole(actor, 'coordinator', 'contact', 'mediator');
    case 'refer':
      // A contact refers for their own municipality; a coordinator for any member municipality.
      if (hasRole(actor, 'coordinator')) return true;
      return hasRole(actor, 'contact') && (o.municipalityId === undefined || actor.municipalityId === o.municipalityId);
    // On the collection, 'triage' is whether this person triages the pool's cases at all (the triage screen).
    case 'referForAnyMunicipality':
    case 'overseeDeadlines':
    case 'triage':
      return hasRole(actor, 'coordinator');
    default:
      return false;
  }
}

/**
 * The cases module's one policy: who may do what with a case, aware of its status. Coordinators
 * and the case's mediators see everything; contacts of the requesting municipality see status,
 * dates and route; everyone else sees nothing (404).
 */
export const canCase: Policy<CaseAction, CaseObject> = (actor, action, object) => {
  if (isCollection(object)) return mayOnCollection(actor, action, object);
  return mayCase(actor, action, object) && statusAllows(actor, action, object);
};

/**
 * The 403 with its reason, for an actor who may see the case (or the list) but whose role may not
 * take this action. Use after `ensureCan(canCase, actor, 'read', c)`, which answers 404 for a case
 * the actor cannot see. On a case this asks only *who* may act: whether the case's status allows
 * the action is left to the command, which answers 409 with its own problem code (stale-status,
 * not-in-triage, …), as the web expects.
 */
export function refuseUnlessRoleMay(actor: Actor, action: CaseAction, object: CaseObject, refusal: string): void {
  const may = isCollection(object) ? canCase(actor, action, object) : mayCase(actor, action, object);
  if (!may) throw forbidden(refusal);
}
