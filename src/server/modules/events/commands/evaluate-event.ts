import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { EvaluationInput } from '../../../../contract/events.js';
import { canEvent } from '../policy.js';
import { loadEventFor } from '../load-event.js';
import { insertEvaluationAnswer, markEvaluationGiven } from '../repository.js';

/**
 * An attendee evaluates the event once it has ended. The answer is stored without the person or
 * the time; that they answered is stored apart, only so nobody answers twice. The audit row names
 * the event, not the answer.
 */
export async function evaluateEvent(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string, input: EvaluationInput) {
  const { target } = await loadEventFor(trx, actor, eventId);
  if (target.mine?.evaluated) throw conflict('U heeft deze bijeenkomst al geëvalueerd.', 'already-evaluated');
  if (target.mine?.attended !== true) throw conflict('Alleen wie aanwezig was, kan de bijeenkomst evalueren.', 'not-attended');
  if (target.now < target.endsAt) throw conflict('Evalueren kan zodra de bijeenkomst is afgelopen.', 'event-not-started');
  ensureCan(canEvent, actor, 'evaluate', target, 'collection');
  if (!(await markEvaluationGiven(trx, eventId, actor.userId))) throw conflict('U heeft deze bijeenkomst al geëvalueerd.', 'already-evaluated');
  await insertEvaluationAnswer(trx, { pool_id: actor.poolId, event_id: eventId, overall: input.overall, usefulness: input.usefulness, comment: input.comment?.trim() || null });
  await writeAudit(trx, ctx, { action: 'event.evaluate', objectType: 'event', objectId: eventId });
}
