import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { auditInPool } from '../audit-in-pool.js';
import { conflict, notFound } from '../../../http/problem.js';
import type { LendingAgreement } from '../../../../contract/lending.js';
import { canLending } from '../policy.js';
import { findAgreement, markConfirmed } from '../repository.js';
import { agreementStatus, presentAgreement } from '../present-agreement.js';

/** The partner pool's administrator confirms a proposed agreement: from now on it is in force for both pools. */
export async function confirmAgreement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, agreementId: string): Promise<LendingAgreement> {
  const row = await findAgreement(trx, agreementId);
  if (!row) throw notFound();
  const object = { proposerPoolId: row.proposer_pool_id, partnerPoolId: row.partner_pool_id, status: agreementStatus(row) };
  ensureCan(canLending, actor, 'list', object);
  ensureCan(canLending, actor, 'confirm', object, 'collection');
  if (!(await markConfirmed(trx, agreementId, actor.userId))) throw conflict('Deze overeenkomst is intussen al bevestigd of beëindigd. Laad de pagina opnieuw.');
  for (const poolId of [row.proposer_pool_id, row.partner_pool_id]) {
    await writeAudit(trx, auditInPool(ctx, poolId), { action: 'lending-agreement.confirm', objectType: 'lending-agreement', objectId: agreementId });
  }
  return presentAgreement(actor, (await findAgreement(trx, agreementId))!);
}
