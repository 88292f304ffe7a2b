import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import { writeAudit, type AuditContext } from '../audit/write-audit.js';
import { authorize } from './authorize.js';

/**
 * The one authorisation seam. Every module has one policy, `can(actor, action, object)`, aware of
 * the object's state; commands and queries load their object for the actor and then call
 * `ensureCan` (or `ensureCanRead` for personal data) before they do anything. Routes never decide
 * access: lint forbids `authorize`, `ensureCan` and SQL in route files.
 *
 * Responses carry `allowedActions` (from `allowedActions` below), so the web shows a button only
 * when the server would accept the action, instead of guessing from roles.
 */
export type Policy<A extends string, O> = (actor: Actor, action: A, object: O) => boolean;

/**
 * Asks the policy and refuses when it says no. `on: 'object'` answers 404 (the same as "does not
 * exist", so nobody learns what exists); `on: 'collection'` answers 403 for an action on a list
 * or a create that the role may not do, or on an object the actor was shown to see. On a path with
 * an id, the object is looked up and its visibility asked first: a role check before that lookup
 * would answer 403 for objects the caller may not see, and so tell them they exist.
 */
export function ensureCan<A extends string, O>(policy: Policy<A, O>, actor: Actor, action: A, object: O, on: 'object' | 'collection' = 'object'): void {
  authorize(policy(actor, action, object), on);
}

/** The actions of `candidates` this actor may take on the object now, in the given order. */
export function allowedActions<A extends string, O>(policy: Policy<A, O>, actor: Actor, object: O, candidates: readonly A[]): A[] {
  return candidates.filter((action) => policy(actor, action, object));
}

export interface AuditedRead {
  objectType: string;
  objectId: string;
  /** Why personal data is read, e.g. "zaakbehandeling"; shown in the audit log. */
  purpose: string;
}

/**
 * `ensureCan` for reads of personal data: the same refusal, and on success an audit row with the
 * purpose, written in the caller's transaction so the read and its record go together.
 */
export async function ensureCanRead<A extends string, O>(
  db: Kysely<DB>,
  ctx: AuditContext,
  policy: Policy<A, O>,
  actor: Actor,
  action: A,
  object: O,
  read: AuditedRead,
): Promise<void> {
  ensureCan(policy, actor, action, object);
  await writeAudit(db, ctx, { action: `${read.objectType}.read`, objectType: read.objectType, objectId: read.objectId, purpose: read.purpose });
}
