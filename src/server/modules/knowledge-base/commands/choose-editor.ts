import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { canKnowledge } from '../policy.js';
import { poolObject } from '../load-article.js';
import { deleteEditor, findPoolUser, insertEditor } from '../repository.js';

/** A coordinator makes a mediator of the pool an editor of the knowledge base (idempotent). */
export async function addEditor(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, userId: string): Promise<void> {
  // The person first (404 outside the pool), then the role (403).
  const user = await findPoolUser(trx, actor.poolId, userId);
  if (!user) throw notFound();
  ensureCan(canKnowledge, actor, 'manage-editors', await poolObject(trx, actor), 'collection');
  if (!user.active || !user.roles.some((r) => r === 'mediator' || r === 'coordinator')) {
    throw invalidField('userId', 'not-a-mediator', 'Kies een actieve mediator of coördinator van de pool als redacteur.');
  }
  if (await insertEditor(trx, actor.poolId, userId, actor.userId)) {
    await writeAudit(trx, ctx, { action: 'knowledge.editor.add', objectType: 'user', objectId: userId });
  }
}

/** A coordinator takes a person off the editors (idempotent). */
export async function removeEditor(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, userId: string): Promise<void> {
  // The person first (404 outside the pool), then the role (403).
  const user = await findPoolUser(trx, actor.poolId, userId);
  if (!user) throw notFound();
  ensureCan(canKnowledge, actor, 'manage-editors', await poolObject(trx, actor), 'collection');
  if (await deleteEditor(trx, actor.poolId, userId)) {
    await writeAudit(trx, ctx, { action: 'knowledge.editor.remove', objectType: 'user', objectId: userId });
  }
}
