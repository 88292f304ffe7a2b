import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { LENDING_ACTIONS, type LendingAgreementList } from '../../../../contract/lending.js';
import { canLending } from '../policy.js';
import { listAgreements } from '../repository.js';
import { presentAgreement } from '../present-agreement.js';

/** The pool's lending agreements with its partner pools: proposed, in force, ended. */
export async function getAgreements(db: Kysely<DB>, actor: Actor): Promise<LendingAgreementList> {
  ensureCan(canLending, actor, 'list', { poolId: actor.poolId }, 'collection');
  const rows = await listAgreements(db, actor.poolId);
  return {
    items: rows.map((r) => presentAgreement(actor, r)),
    allowedActions: allowedActions(canLending, actor, { poolId: actor.poolId }, LENDING_ACTIONS).filter((a) => a === 'propose'),
  };
}
