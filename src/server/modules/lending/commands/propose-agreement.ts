import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { auditInPool } from '../audit-in-pool.js';
import { conflict, invalidField } from '../../../http/problem.js';
import type { LendingAgreement, ProposeAgreementInput } from '../../../../contract/lending.js';
import { canLending } from '../policy.js';
import { findAgreement, insertAgreement, openAgreementBetween, poolExists } from '../repository.js';
import { presentAgreement } from '../present-agreement.js';

/**
 * A pool's administrator proposes to lend mediators to and from a partner pool at these terms;
 * the partner's administrator confirms. An unknown partner, or the own pool: the field is named
 * (a pool id says nothing more than the public directory does).
 */
export async function proposeAgreement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: ProposeAgreementInput): Promise<LendingAgreement> {
  ensureCan(canLending, actor, 'propose', { poolId: actor.poolId }, 'collection');
  if (input.partnerPoolId === actor.poolId || !(await poolExists(trx, input.partnerPoolId))) {
    throw invalidField('partnerPoolId', 'unknown', 'Kies een andere pool van deze installatie.');
  }
  if (await openAgreementBetween(trx, actor.poolId, input.partnerPoolId)) {
    throw conflict('Er is al een uitleenovereenkomst met deze pool (voorgesteld of van kracht).', 'agreement-exists');
  }
  const row = await insertAgreement(trx, {
    proposerPoolId: actor.poolId,
    partnerPoolId: input.partnerPoolId,
    caseTypes: [...new Set(input.caseTypes)],
    rateCents: input.rateCents,
    yearlyCapHours: input.yearlyCapHours,
    autoApprove: input.autoApprove,
    proposedBy: actor.userId,
  });
  const detail = { partnerPoolId: input.partnerPoolId, caseTypes: input.caseTypes, rateCents: input.rateCents, yearlyCapHours: input.yearlyCapHours, autoApprove: input.autoApprove };
  await writeAudit(trx, ctx, { action: 'lending-agreement.propose', objectType: 'lending-agreement', objectId: row.id, detail });
  await writeAudit(trx, auditInPool(ctx, input.partnerPoolId), { action: 'lending-agreement.propose', objectType: 'lending-agreement', objectId: row.id, detail });
  return presentAgreement(actor, (await findAgreement(trx, row.id))!);
}
