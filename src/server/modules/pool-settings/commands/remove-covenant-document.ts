import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { lockCovenantLink, unlinkCovenantDocument } from '../repository.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';

/** Unlinks the covenant document; the stored bytes stay as a record. */
export async function removeCovenantDocument(trx: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<void> {
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const poolId = actor.poolId;
  const current = await lockCovenantLink(trx, poolId);
  if (!current?.covenant_document_id) throw notFound('Er is geen convenantdocument opgeslagen.');
  await unlinkCovenantDocument(trx, poolId, current.covenant_document_id);
  await writeAudit(trx, ctx, { action: 'covenant-document.remove', objectType: 'pool-document', objectId: current.covenant_document_id });
}
