import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import type { SettlementAction } from '../../../contract/settlement.js';
import { canSettlement, settlementObject } from './policy.js';
import { findSettlement, type SettlementRow } from './repository/index.js';

/** A settlement of the actor's pool they may `read` (or `export`) in full; anyone else gets 404. */
export async function loadSettlementForActor(db: Kysely<DB>, actor: Actor, id: string, action: SettlementAction = 'read'): Promise<SettlementRow> {
  const s = await findSettlement(db, actor.poolId, id);
  if (!s) throw notFound();
  ensureCan(canSettlement, actor, action, settlementObject(s));
  return s;
}

