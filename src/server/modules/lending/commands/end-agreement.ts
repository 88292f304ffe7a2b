import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { conflict, notFound } from '../../../http/problem.js';
import type { LendingAgreement } from '../../../../contract/lending.js';
import { canLending } from '../policy.js';
import { auditInPool } from '../audit-in-pool.js';
import { findAgreement } from '../repository.js';
import { markEnded } from '../repository-agreement-use.js';
import { agreementStatus, presentAgreement } from '../present-agreement.js';

const alreadyEnded = () => conflict('Deze overeenkomst is al beëindigd. Laad de pagina opnieuw.', 'agreement-ended');

/**
 * Either pool's administrator ends an agreement in force, or withdraws a proposal: from now on no
 * loan is asked under it. Loans approved before keep their terms: their hours are still settled
 * at the rate copied at approval. Both pools' audit logs say so.
 */
export async function endAgreement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, agreementId: string): Promise<LendingAgreement> {
  const row = await findAgreement(trx, agreementId);
  if (!row) throw notFound();
  const object = { proposerPoolId: row.proposer_pool_id, partnerPoolId: row.partner_pool_id, status: agreementStatus(row) };
  ensureCan(canLending, actor, 'list', object);
  if (object.status === 'ended') throw alreadyEnded();
  ensureCan(canLending, actor, 'end', object, 'collection');
  if (!(await markEnded(trx, agreementId))) throw alreadyEnded();
  const detail = { was: object.status, endedByPoolId: actor.poolId };
  await writeAudit(trx, ctx, { action: 'lending-agreement.end', objectType: 'lending-agreement', objectId: agreementId, detail });
  // The other pool's log too.
  const otherPoolId = row.proposer_pool_id === actor.poolId ? row.partner_pool_id : row.proposer_pool_id;
  await writeAudit(trx, auditInPool(ctx, otherPoolId), { action: 'lending-agreement.end', objectType: 'lending-agreement', objectId: agreementId, detail });
  return presentAgreement(actor, (await findAgreement(trx, agreementId))!);
}
