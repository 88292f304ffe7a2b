import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { notFound } from '../../http/problem.js';
import { authorize } from '../../auth/authorize.js';
import { loadCaseForActor } from '../case-status/index.js';
import { canSessions } from './policy.js';

export type SessionRow = Awaited<ReturnType<typeof findSessions>>[number];

/** Sessions with their case number and planner's name, in time order. */
export async function findSessions(db: Kysely<DB>, poolId: string, where: { caseId?: string; sessionId?: string; caseIds?: string[] }) {
  let q = db
    .selectFrom('mediation_session as s')
    .innerJoin('mediation_case as c', 'c.id', 's.case_id')
    .innerJoin('app_user as u', 'u.id', 's.planned_by')
    .selectAll('s')
    .select(['c.number as case_number', 'u.name as planned_by_name', 'u.email as planned_by_email'])
    .where('s.pool_id', '=', poolId);
  if (where.caseId) q = q.where('s.case_id', '=', where.caseId);
  if (where.sessionId) q = q.where('s.id', '=', where.sessionId);
  if (where.caseIds) {
    if (where.caseIds.length === 0) return [];
    q = q.where('s.case_id', 'in', where.caseIds);
  }
  return q.orderBy('s.starts_at').orderBy('s.id').execute();
}

export async function findSessionParties(db: Kysely<DB>, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('mediation_session_party as sp')
    .innerJoin('case_party as p', 'p.id', 'sp.party_id')
    .select(['sp.session_id', 'p.id', 'p.name', 'p.role', 'p.email', 'p.position'])
    .where('sp.session_id', 'in', sessionIds)
    .orderBy('p.position')
    .execute();
}

/** A session the actor may see in full (coordinator or the case's mediator); anything else 404. */
export async function loadSessionForActor(db: Kysely<DB>, actor: Actor, sessionId: string, opts: { forUpdate?: boolean } = {}) {
  const head = await db.selectFrom('mediation_session').select(['id', 'case_id']).where('id', '=', sessionId).where('pool_id', '=', actor.poolId).executeTakeFirst();
  if (!head) throw notFound();
  const loaded = await loadCaseForActor(db, actor, head.case_id);
  authorize(canSessions(loaded.access), 'object');
  if (opts.forUpdate) await db.selectFrom('mediation_session').select('id').where('id', '=', sessionId).forUpdate().execute();
  const [session] = await findSessions(db, actor.poolId, { sessionId });
  if (!session) throw notFound();
  return { session, caseRow: loaded.row };
}

/** The mediators currently on a case, with their accounts (for invitations). */
export async function caseMediatorAccounts(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('case_mediator as cm')
    .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
    .innerJoin('app_user as u', 'u.id', 'mp.user_id')
    .select(['u.id as user_id', 'u.name', 'u.email', 'u.active'])
    .where('cm.case_id', '=', caseId)
    .where('cm.released_at', 'is', null)
    .execute();
}
