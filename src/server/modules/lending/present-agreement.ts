import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { LENDING_ACTIONS, type AgreementStatus, type LendingAgreement } from '../../../contract/lending.js';
import type { CaseType } from '../../../domain/cases/case-vocabulary.js';
import { canLending } from './policy.js';
import type { AgreementRow } from './repository.js';

export const agreementStatus = (r: Pick<AgreementRow, 'confirmed_at' | 'ended_at'>): AgreementStatus => (r.ended_at ? 'ended' : r.confirmed_at ? 'in-force' : 'proposed');

/** An agreement as one of its two pools sees it: the other pool is the partner; with this year's hours when read. */
export function presentAgreement(actor: Actor, r: AgreementRow, thisYear?: LendingAgreement['thisYear']): LendingAgreement {
  const proposedByUs = r.proposer_pool_id === actor.poolId;
  const status = agreementStatus(r);
  return {
    id: r.id,
    partnerPool: proposedByUs ? { id: r.partner_pool_id, name: r.partner_name } : { id: r.proposer_pool_id, name: r.proposer_name },
    proposedByUs,
    caseTypes: r.case_types as CaseType[],
    rateCents: r.rate_cents,
    yearlyCapHours: r.yearly_cap_hours,
    autoApprove: r.auto_approve,
    status,
    proposedAt: r.proposed_at.toISOString(),
    confirmedAt: r.confirmed_at?.toISOString() ?? null,
    endedAt: r.ended_at?.toISOString() ?? null,
    ...(thisYear ? { thisYear } : {}),
    allowedActions: allowedActions(canLending, actor, { proposerPoolId: r.proposer_pool_id, partnerPoolId: r.partner_pool_id, status }, LENDING_ACTIONS).filter((a) => a === 'confirm' || a === 'end'),
  };
}
