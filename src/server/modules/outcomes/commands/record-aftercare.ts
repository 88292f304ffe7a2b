import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent, guardedStatusUpdate, todayInAmsterdam } from '../../case-status/index.js';
import type { AftercareInput } from '../../../../contract/outcomes.js';
import { canOutcome, outcomeObject } from '../policy.js';
import { recordAftercareOnce } from '../repository.js';

export type { AftercareInput };

/**
 * The aftercare check: were the agreements kept? Recorded on the outcome, and the case closes
 * (concluded or aftercare → closed), as a system-like step of the lifecycle.
 */
export async function recordAftercare(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: AftercareInput): Promise<void> {
  const loaded = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  const { row } = loaded;
  const object = outcomeObject(loaded);
  ensureCan(canOutcome, actor, 'handle', object);
  if (!canOutcome(actor, 'record-aftercare', object)) {
    throw conflict('Nazorg kan alleen worden vastgelegd bij een afgeronde zaak.', 'aftercare-not-open', { currentStatus: row.status });
  }
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) throw invalidField('note', 'too-long', 'Gebruik hoogstens 2000 tekens.');
  if (!(await recordAftercareOnce(trx, row.id, { kept: input.agreementsKept, note, by: actor.userId }))) {
    throw conflict('De nazorg is al vastgelegd of er is geen uitkomst.', 'aftercare-recorded');
  }
  await guardedStatusUpdate(trx, row.id, row.status, 'closed', { closed_on: todayInAmsterdam() });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'aftercare', fromStatus: row.status, toStatus: 'closed', detail: { agreementsKept: input.agreementsKept } });
  await writeAudit(trx, ctx, { action: 'case.aftercare', objectType: 'case', objectId: row.id, detail: { agreementsKept: input.agreementsKept, from: row.status, to: 'closed' } });
}
