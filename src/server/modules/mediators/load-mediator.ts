import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { canMediator, type MediatorAction, type MediatorTarget } from './policy.js';
import { findMediatorTarget } from './repository/profiles.js';

const READS: MediatorAction[] = ['read', 'read-details', 'read-private'];

/**
 * Loads a mediator for the actor and asks the policy. Not in the actor's pool, or a part the actor
 * may not see: 404. A change the actor may not make to a profile they do see in full (a mediator
 * changing their own status, say): 403.
 */
export async function loadMediatorFor(db: Kysely<DB>, actor: Actor, mediatorId: string, action: MediatorAction): Promise<MediatorTarget> {
  const target = await findMediatorTarget(db, actor.poolId, mediatorId);
  if (!target) throw notFound();
  if (canMediator(actor, action, target)) return target;
  const seesAll = canMediator(actor, 'read-private', target);
  ensureCan(canMediator, actor, action, target, READS.includes(action) || !seesAll ? 'object' : 'collection');
  return target;
}

/**
 * Reads of someone else's personal particulars are audited with their purpose; the mediator
 * reading their own is not (as before the seam).
 */
export async function auditPersonalRead(db: Kysely<DB>, ctx: AuditContext, actor: Actor, target: MediatorTarget, mediatorId: string, purpose: string) {
  if (target.userId === actor.userId) {
    if (ctx.readAudit) ctx.readAudit.own = true;
    return;
  }
  await writeAudit(db, ctx, { action: 'mediator.read', objectType: 'mediator', objectId: mediatorId, purpose });
}
