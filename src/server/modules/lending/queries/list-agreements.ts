import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { LENDING_ACTIONS, type LendingAgreementList } from '../../../../contract/lending.js';
import { canLending } from '../policy.js';
import { listAgreements } from '../repository.js';
import { presentAgreement } from '../present-agreement.js';
import { agreementMinutes } from '../repository-agreement-use.js';
import { todayInAmsterdam } from '../../case-status/index.js';

/** The pool's lending agreements with its partner pools: proposed, in force, ended. */
export async function getAgreements(db: Kysely<DB>, actor: Actor): Promise<LendingAgreementList> {
  ensureCan(canLending, actor, 'list', { poolId: actor.poolId }, 'collection');
  const rows = await listAgreements(db, actor.poolId);
  // The hours lent and borrowed this calendar year, against the yearly cap.
  const year = Number(todayInAmsterdam().slice(0, 4));
  const used = await agreementMinutes(
    db,
    rows.map((r) => r.id),
    `${year}-01-01`,
    `${year}-12-31`,
  );
  const minutes = (agreementId: string, side: 'lender_pool_id' | 'pool_id') => used.filter((u) => u.agreement_id === agreementId && u[side] === actor.poolId).reduce((n, u) => n + u.minutes, 0);
  return {
    items: rows.map((r) => presentAgreement(actor, r, { year, lentMinutes: minutes(r.id, 'lender_pool_id'), borrowedMinutes: minutes(r.id, 'pool_id') })),
    allowedActions: allowedActions(canLending, actor, { poolId: actor.poolId }, LENDING_ACTIONS).filter((a) => a === 'propose'),
  };
}
