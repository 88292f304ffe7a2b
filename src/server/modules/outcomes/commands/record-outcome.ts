import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { Outcome } from '../../../db/schema-outcomes.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent } from '../../case-status/index.js';
import { canRecordOutcome } from '../policy.js';

export interface OutcomeInput {
  outcome: Outcome;
  writtenAgreement: boolean;
  shareWithReferrer: boolean;
}

/** While the outcome can still change: before the aftercare check has closed the case. */
const OPEN_STATUSES = ['assigned', 'in_progress', 'concluded', 'aftercare'];

/** Records (or corrects) the outcome and the parties' permission to share it with the referrer. */
export async function recordOutcome(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: OutcomeInput): Promise<void> {
  const { row, access } = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  if (!canRecordOutcome(access)) throw notFound();
  if (!OPEN_STATUSES.includes(row.status)) {
    throw conflict('De uitkomst kan alleen worden vastgelegd bij een lopende of afgeronde zaak die nog niet is gesloten.', 'outcome-not-open', { currentStatus: row.status });
  }
  const written = input.outcome === 'full_agreement' || input.outcome === 'partial_agreement' ? input.writtenAgreement : false;
  await trx
    .insertInto('case_outcome')
    .values({ case_id: row.id, pool_id: row.pool_id, outcome: input.outcome, written_agreement: written, recorded_by: actor.userId })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ outcome: input.outcome, written_agreement: written, recorded_by: actor.userId, recorded_at: new Date() }))
    .execute();
  await trx.updateTable('mediation_case').set({ outcome_shareable: input.shareWithReferrer, updated_at: new Date() }).where('id', '=', row.id).execute();
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'outcome-recorded', detail: { outcome: input.outcome, writtenAgreement: written, shareWithReferrer: input.shareWithReferrer } });
  await writeAudit(trx, ctx, { action: 'case.outcome', objectType: 'case', objectId: row.id, detail: { outcome: input.outcome, writtenAgreement: written, shareWithReferrer: input.shareWithReferrer } });
}
