import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { verifyAuditChain } from '../../../audit/verify-chain.js';
import type { AuditChainReport } from '../../../../contract/processing-register.js';
import { canProcessingRegister } from '../policy.js';
import { auditRowPool } from '../repository.js';

/**
 * "Controleer de keten": recomputes the installation's audit chain (the same check as
 * `mediatorpool audit verify`) and records that it was run, with the outcome. A break in another
 * pool's rows is reported by its place in the chain, without that row's id.
 */
export async function checkAuditChain(db: Kysely<DB>, ctx: AuditContext, actor: Actor): Promise<AuditChainReport> {
  ensureCan(canProcessingRegister, actor, 'verifyChain', { poolId: actor.poolId }, 'collection');
  const report = await verifyAuditChain(db);
  let firstBreak = report.firstBreak;
  if (firstBreak?.auditId != null) {
    const row = await auditRowPool(db, firstBreak.auditId);
    if (row && row.pool_id !== actor.poolId) firstBreak = { ...firstBreak, auditId: null };
  }
  await writeAudit(db, ctx, {
    action: 'audit-chain.verify',
    objectType: 'audit-chain',
    result: report.intact ? 'success' : 'failure',
    detail: { intact: report.intact, checked: report.checked, ...(firstBreak ? { firstBreak } : {}) },
  });
  return { intact: report.intact, checked: report.checked, head: report.head, firstBreak, checkedAt: new Date().toISOString() };
}
