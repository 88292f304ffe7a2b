import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent } from '../../case-status/index.js';
import type { OutcomeInput } from '../../../../contract/outcomes.js';
import { canOutcome, outcomeObject } from '../policy.js';
import { saveOutcome, setOutcomeShareable } from '../repository.js';

export type { OutcomeInput };

/** Records (or corrects) the outcome and the parties' permission to share it with the referrer. */
export async function recordOutcome(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: OutcomeInput): Promise<void> {
  const loaded = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  const { row } = loaded;
  const object = outcomeObject(loaded);
  ensureCan(canOutcome, actor, 'handle', object);
  if (!canOutcome(actor, 'record-outcome', object)) {
    throw conflict('De uitkomst kan alleen worden vastgelegd bij een lopende of afgeronde zaak die nog niet is gesloten.', 'outcome-not-open', { currentStatus: row.status });
  }
  const written = input.outcome === 'full_agreement' || input.outcome === 'partial_agreement' ? input.writtenAgreement : false;
  await saveOutcome(trx, { caseId: row.id, poolId: row.pool_id, outcome: input.outcome, writtenAgreement: written, recordedBy: actor.userId });
  await setOutcomeShareable(trx, row.id, input.shareWithReferrer);
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'outcome-recorded', detail: { outcome: input.outcome, writtenAgreement: written, shareWithReferrer: input.shareWithReferrer } });
  await writeAudit(trx, ctx, { action: 'case.outcome', objectType: 'case', objectId: row.id, detail: { outcome: input.outcome, writtenAgreement: written, shareWithReferrer: input.shareWithReferrer } });
}
