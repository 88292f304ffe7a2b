import { hasRole, type Actor } from '../../auth/actor.js';
import { ensureCan, type Policy } from '../../auth/policy.js';
import { conflict, forbidden, notFound, type ProblemError } from '../../http/problem.js';
import type { CaseAccess } from '../case-status/index.js';
import type { MatchingAction, ProposalStatus } from '../../../contract/matching.js';

export type { MatchingAction };

/**
 * What the matching policy decides on:
 * - `pool`: the pool-wide lists and settings (batch suggestion, weights, one's own tasks);
 * - `case`: the matching of one case the actor sees (loadCaseForActor), with its status;
 * - `proposal`: one proposal of the actor's pool, with its status, its case's status, the
 *   proposed mediators' accounts and answers, and the accounts of the case's current mediators.
 */
export type MatchingObject =
  | { readonly kind: 'pool' }
  | { readonly kind: 'case'; readonly access: CaseAccess; readonly status: string }
  | {
      readonly kind: 'proposal';
      readonly poolId: string;
      readonly status: ProposalStatus;
      readonly caseStatus: string;
      readonly mediators: readonly { readonly userId: string | null; readonly answer: 'accepted' | 'declined' | null }[];
      /** The accounts of the case's current mediators (case-status: not released). */
      readonly caseMediatorUserIds: readonly string[];
    };

export const POOL: MatchingObject = { kind: 'pool' };
export const caseObject = (loaded: { access: CaseAccess; row: { status: string } }): MatchingObject => ({ kind: 'case', access: loaded.access, status: loaded.row.status });

type ProposalObject = Extract<MatchingObject, { kind: 'proposal' }>;
type CaseObject = Extract<MatchingObject, { kind: 'case' }>;

/** A proposal still waits for answers only while it is open and its case is still `proposed`. */
export const proposalIsOpen = (p: { status: string; caseStatus: string }) => p.status === 'open' && p.caseStatus === 'proposed';

const proposalClosed = () => conflict('Dit voorstel geldt niet meer: de zaak is intussen verder gegaan. Laad de pagina opnieuw.', 'proposal-closed');

/** The actor's own row among the proposed mediators (a mediator account proposed in it). */
const ownRow = (actor: Actor, p: ProposalObject) =>
  hasRole(actor, 'mediator') ? (p.mediators.find((m) => m.userId !== null && m.userId === actor.userId) ?? null) : null;

/**
 * Who sees a proposal: the pool's coordinators always, and a mediator proposed in it only while
 * it is theirs: while it is open (to answer it, or waiting for the parties), and after it closed
 * only as long as they are a current mediator of the case. A proposal that was withdrawn,
 * declined, refused or passed by, or whose case went back to matching or to someone else, is
 * no longer the mediator's: 404, as if it did not exist.
 */
function proposalView(actor: Actor, p: ProposalObject): 'coordinator' | 'mediator' | null {
  if (p.poolId !== actor.poolId) return null;
  if (hasRole(actor, 'coordinator')) return 'coordinator';
  if (ownRow(actor, p) === null) return null;
  return proposalIsOpen(p) || p.caseMediatorUserIds.includes(actor.userId) ? 'mediator' : null;
}

function onPool(actor: Actor, action: MatchingAction): ProblemError | null {
  switch (action) {
    case 'batchSuggest':
      return hasRole(actor, 'coordinator') ? null : forbidden();
    case 'viewSettings':
    case 'updateSettings':
      return hasRole(actor, 'admin', 'coordinator') ? null : forbidden();
    case 'viewTasks':
      return hasRole(actor, 'mediator') ? null : forbidden();
    default:
      return forbidden();
  }
}

/** The case is already the actor's (loadCaseForActor answered 404 otherwise); matching is the coordinator's work. */
function onCase(actor: Actor, action: MatchingAction, c: CaseObject): ProblemError | null {
  if (!hasRole(actor, 'coordinator')) return forbidden();
  switch (action) {
    case 'viewProposals':
      return null;
    case 'viewCandidates':
      return c.status === 'matching' || c.status === 'proposed'
        ? null
        : conflict('Kandidaten zijn er alleen voor een zaak in de fase "Mediator zoeken" of "Mediator voorgesteld".', 'not-in-matching');
    case 'propose':
      return c.status === 'matching' ? null : conflict('Alleen voor een zaak in de fase "Mediator zoeken" kunt u een mediator voorstellen.', 'not-in-matching');
    case 'proposeExternal':
      return c.status === 'matching'
        ? null
        : conflict('Alleen voor een zaak in de fase "Mediator zoeken" kunt u een externe mediator voorstellen.', 'not-in-matching');
    default:
      return forbidden();
  }
}

function onProposal(actor: Actor, action: MatchingAction, p: ProposalObject): ProblemError | null {
  const view = proposalView(actor, p);
  // A late answer from a mediator who was proposed learns only that it closed (they had the mail).
  if (view === null) return action === 'answerProposal' && ownRow(actor, p) !== null && p.poolId === actor.poolId ? proposalClosed() : notFound();
  switch (action) {
    case 'view':
      return null;
    case 'answerProposal': {
      const own = ownRow(actor, p);
      if (!own) return view === 'coordinator' ? forbidden('Alleen de voorgestelde mediator beantwoordt dit voorstel.') : notFound();
      if (!proposalIsOpen(p)) return proposalClosed();
      if (own.answer !== null) {
        return conflict(own.answer === 'accepted' ? 'U heeft dit voorstel al geaccepteerd.' : 'U heeft dit voorstel al afgewezen.', 'already-answered');
      }
      return null;
    }
    case 'withdraw':
    case 'recordConsent':
      if (view !== 'coordinator') return forbidden();
      return proposalIsOpen(p) ? null : proposalClosed();
    case 'resendConsentLink':
      if (view !== 'coordinator') return forbidden();
      if (!proposalIsOpen(p)) return proposalClosed();
      return p.mediators.every((m) => m.answer === 'accepted')
        ? null
        : conflict('De mediator heeft het voorstel nog niet geaccepteerd. De partijen krijgen hun link daarna vanzelf.', 'awaiting-declaration');
    default:
      return forbidden();
  }
}

/**
 * Why the actor may not take the action on the object now, as the problem the API answers with,
 * or null when they may. One table for who and when, in the order the API has always answered:
 * - not yours: 404 (another pool; a proposal neither the pool's coordinator nor a proposed
 *   mediator sees, nor one whose mediator's part in it ended; a case is already loaded for the
 *   actor, so it is theirs);
 * - a role that may not: 403 (a referring contact asking for candidates, a coordinator answering
 *   for the mediator, the mediator recording consent or withdrawing);
 * - the object's state does not allow it now: 409 with the reason (the case is not in matching,
 *   the proposal closed or already answered, the declaration not yet signed).
 * The coordinator matches, proposes and records consent; a mediator answers only the proposals
 * made to them; the pool's weights are kept by administrators and coordinators. Parties have no
 * account: they act through their personal link (consent-by-link is public, checked by its token).
 */
export function matchingRefusal(actor: Actor, action: MatchingAction, object: MatchingObject): ProblemError | null {
  switch (object.kind) {
    case 'pool':
      return onPool(actor, action);
    case 'case':
      return onCase(actor, action, object);
    case 'proposal':
      return onProposal(actor, action, object);
  }
}

/** The matching policy: may this actor take this action on this object, in its current state? */
export const canMatching: Policy<MatchingAction, MatchingObject> = (actor, action, object) => matchingRefusal(actor, action, object) === null;

/**
 * `ensureCan` for matching, with the precise answer: 404 for what is not the actor's, 403 for a
 * role that may not (with the reason where the API always gave one), 409 with the reason when the
 * object's state does not allow the action now. Every matching command and query calls it before
 * it does anything.
 */
export function ensureMatching(actor: Actor, action: MatchingAction, object: MatchingObject): void {
  const refusal = matchingRefusal(actor, action, object);
  if (refusal !== null) throw refusal;
  ensureCan(canMatching, actor, action, object);
}

/** The view of a proposal the actor gets (the policy's `view` passed): everything, or the proposed mediator's part. */
export const proposalViewOf = (actor: Actor, p: MatchingObject): 'coordinator' | 'mediator' =>
  p.kind === 'proposal' && proposalView(actor, p) === 'coordinator' ? 'coordinator' : 'mediator';
