import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { recordCaseEvent } from '../../case-status/index.js';
import { findSessions, loadSessionForActor } from '../queries.js';
import { mailSession } from '../session-mails.js';

/** Cancels a session: STATUS:CANCELLED with SEQUENCE + 1, mailed to the mediators and attending parties. */
export async function cancelSession(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, sessionId: string, input: { sequence?: number | undefined; reason?: string | null | undefined }, baseUrl: string) {
  const { session: s } = await loadSessionForActor(trx, actor, sessionId, { forUpdate: true });
  if (s.status !== 'planned') throw conflict('Dit gesprek is al geannuleerd.', 'session-cancelled');
  if (input.sequence !== undefined && input.sequence !== s.sequence) {
    throw conflict('Iemand anders heeft dit gesprek intussen gewijzigd. Laad de pagina opnieuw.', 'stale-session', { currentSequence: s.sequence });
  }
  const now = new Date();
  const res = await trx
    .updateTable('mediation_session')
    .set({ status: 'cancelled', cancelled_at: now, cancel_reason: input.reason?.trim() || null, sequence: s.sequence + 1, updated_at: now })
    .where('id', '=', s.id)
    .where('status', '=', 'planned')
    .where('sequence', '=', s.sequence)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('Iemand anders heeft dit gesprek intussen gewijzigd. Laad de pagina opnieuw.', 'stale-session');
  const [updated] = await findSessions(trx, actor.poolId, { sessionId: s.id });
  const mails = await mailSession(trx, updated!, 'cancelled', { baseUrl });
  await recordCaseEvent(trx, ctx, { poolId: s.pool_id, caseId: s.case_id, kind: 'session-cancelled', reason: input.reason?.trim() || null, detail: { sessionId: s.id } });
  await writeAudit(trx, ctx, { action: 'session.cancel', objectType: 'session', objectId: s.id, detail: { sequence: s.sequence + 1, mails } });
  return updated!;
}
