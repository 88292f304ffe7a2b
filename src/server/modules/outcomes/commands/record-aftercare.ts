import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { AgreementsKept } from '../../../db/schema-outcomes.js';
import { conflict, invalidField, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent, guardedStatusUpdate, todayInAmsterdam } from '../../case-status/index.js';
import { canRecordOutcome } from '../policy.js';

export interface AftercareInput {
  agreementsKept: AgreementsKept;
  note?: string | undefined;
}

/**
 * The aftercare check: were the agreements kept? Recorded on the outcome, and the case closes
 * (concluded or aftercare → closed), as a system-like step of the lifecycle.
 */
export async function recordAftercare(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: AftercareInput): Promise<void> {
  const { row, access } = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  if (!canRecordOutcome(access)) throw notFound();
  if (row.status !== 'concluded' && row.status !== 'aftercare') {
    throw conflict('Nazorg kan alleen worden vastgelegd bij een afgeronde zaak.', 'aftercare-not-open', { currentStatus: row.status });
  }
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) throw invalidField('note', 'too-long', 'Gebruik hoogstens 2000 tekens.');
  const res = await trx
    .updateTable('case_outcome')
    .set({ aftercare_kept: input.agreementsKept, aftercare_note: note, aftercare_recorded_by: actor.userId, aftercare_recorded_at: new Date() })
    .where('case_id', '=', row.id)
    .where('aftercare_kept', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('De nazorg is al vastgelegd of er is geen uitkomst.', 'aftercare-recorded');
  await guardedStatusUpdate(trx, row.id, row.status, 'closed', { closed_on: todayInAmsterdam() });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'aftercare', fromStatus: row.status, toStatus: 'closed', detail: { agreementsKept: input.agreementsKept } });
  await writeAudit(trx, ctx, { action: 'case.aftercare', objectType: 'case', objectId: row.id, detail: { agreementsKept: input.agreementsKept, from: row.status, to: 'closed' } });
}
