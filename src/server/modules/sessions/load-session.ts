import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { loadCaseForActor, type CaseAccess } from '../case-status/index.js';
import { canSession, caseObject, type SessionPolicyObject } from './policy.js';
import { findSession, findSessionHead, lockSession, type SessionRow } from './repository.js';

export type { SessionRow };

/** The case's sessions and agreement as the policy sees them, for this actor; 404 when the case is not theirs. */
export async function loadSessionCase(db: Kysely<DB>, actor: Actor, caseId: string, opts: { forUpdate?: boolean } = {}) {
  const loaded = await loadCaseForActor(db, actor, caseId, opts);
  const object = caseObject(loaded);
  ensureCan(canSession, actor, 'read', object);
  return { row: loaded.row, access: loaded.access, object };
}

export const sessionObject = (access: CaseAccess, s: Pick<SessionRow, 'status'>): SessionPolicyObject => ({ kind: 'session', access, status: s.status });

/** A session the actor may see in full (coordinator or the case's mediator); anything else 404. */
export async function loadSessionForActor(db: Kysely<DB>, actor: Actor, sessionId: string, opts: { forUpdate?: boolean } = {}) {
  const head = await findSessionHead(db, actor.poolId, sessionId);
  if (!head) throw notFound();
  const loaded = await loadSessionCase(db, actor, head.case_id);
  if (opts.forUpdate) await lockSession(db, sessionId);
  const session = await findSession(db, actor.poolId, sessionId);
  if (!session) throw notFound();
  return { session, caseRow: loaded.row, access: loaded.access, object: sessionObject(loaded.access, session) };
}
