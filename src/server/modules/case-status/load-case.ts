import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { hasRole, type Actor } from '../../auth/actor.js';
import { notFound } from '../../http/problem.js';
import { currentCaseMediators } from './current-mediators.js';
import { caseAccess, type CaseAccess } from './case-access.js';

/** The case row plus what this actor may see of it; 404 when the actor may see nothing. */
export async function loadCaseForActor(db: Kysely<DB>, actor: Actor, caseId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('mediation_case').selectAll().where('id', '=', caseId).where('pool_id', '=', actor.poolId);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  // Being assigned only counts for someone with the mediator role (policy.ts), so only they pay for the query.
  const isAssignedMediator = hasRole(actor, 'mediator') && (await isAssignedMediatorOf(db, caseId, actor.userId));
  const access = caseAccess(actor, { poolId: row.pool_id, requestingMunicipalityId: row.requesting_municipality_id, referrerUserId: row.referrer_user_id }, isAssignedMediator);
  if (!access) throw notFound();
  return { row, access: access as CaseAccess, isAssignedMediator };
}

export async function isAssignedMediatorOf(db: Kysely<DB>, caseId: string, userId: string): Promise<boolean> {
  const hit = await currentCaseMediators(db).select('cm.case_id').where('cm.case_id', '=', caseId).where('mp.user_id', '=', userId).executeTakeFirst();
  return hit !== undefined;
}

export type LoadedCase = Awaited<ReturnType<typeof loadCaseForActor>>;
