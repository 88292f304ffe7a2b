import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { deleteDraft, lockPoolSettlement } from '../repository/index.js';
import { loadSettlementForActor } from '../load-settlement.js';
import { canSettlement, settlementObject } from '../policy.js';

/** Throws a draft away (it holds nothing but its period); a final settlement stays forever (409). */
export async function deleteSettlement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string) {
  await lockPoolSettlement(trx, actor.poolId);
  const s = await loadSettlementForActor(trx, actor, id);
  // After `read` only the status can make the policy say no.
  if (!canSettlement(actor, 'delete', settlementObject(s))) throw conflict('Een definitieve verrekening kan niet worden verwijderd of gewijzigd. Corrigeer via een latere periode.', 'settlement-final');
  if (!(await deleteDraft(trx, s.id))) throw conflict('Deze verrekening is intussen gewijzigd.', 'settlement-final');
  await writeAudit(trx, ctx, { action: 'settlement.delete', objectType: 'settlement', objectId: s.id, detail: { period: s.period_code } });
}
