import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { lockPoolSettlement } from '../settlement-periods.js';
import { loadSettlement } from '../queries.js';

/** Throws a draft away (it holds nothing but its period); a final settlement stays forever. */
export async function deleteSettlement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string) {
  await lockPoolSettlement(trx, actor.poolId);
  const s = await loadSettlement(trx, actor.poolId, id);
  if (s.status === 'final') throw conflict('Een definitieve verrekening kan niet worden verwijderd of gewijzigd. Corrigeer via een latere periode.', 'settlement-final');
  const res = await trx.deleteFrom('settlement').where('id', '=', s.id).where('status', '=', 'draft').executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) throw conflict('Deze verrekening is intussen gewijzigd.', 'settlement-final');
  await writeAudit(trx, ctx, { action: 'settlement.delete', objectType: 'settlement', objectId: s.id, detail: { period: s.period_code } });
}
