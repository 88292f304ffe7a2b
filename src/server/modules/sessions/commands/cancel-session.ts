import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { recordCaseEvent } from '../../case-status/index.js';
import type { CancelSessionInput } from '../../../../contract/sessions.js';
import { canSession } from '../policy.js';
import { loadSessionForActor } from '../load-session.js';
import { findSession, updatePlannedSession } from '../repository.js';
import { mailSession } from '../session-mails.js';

const STALE = 'Iemand anders heeft dit gesprek intussen gewijzigd. Laad de pagina opnieuw.';

/** Cancels a session: STATUS:CANCELLED with SEQUENCE + 1, mailed to the mediators and attending parties. */
export async function cancelSession(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, sessionId: string, input: CancelSessionInput, baseUrl: string) {
  const { session: s, access, object } = await loadSessionForActor(trx, actor, sessionId, { forUpdate: true });
  ensureCan(canSession, actor, 'read', object);
  if (!canSession(actor, 'cancel', object)) throw conflict('Dit gesprek is al geannuleerd.', 'session-cancelled');
  if (input.sequence !== undefined && input.sequence !== s.sequence) throw conflict(STALE, 'stale-session', { currentSequence: s.sequence });
  const reason = input.reason?.trim() || null;
  const done = await updatePlannedSession(trx, s.id, s.sequence, { status: 'cancelled', cancelled_at: new Date(), cancel_reason: reason });
  if (!done) throw conflict(STALE, 'stale-session');
  const updated = (await findSession(trx, actor.poolId, s.id))!;
  const mails = await mailSession(trx, updated, 'cancelled', { baseUrl });
  await recordCaseEvent(trx, ctx, { poolId: s.pool_id, caseId: s.case_id, kind: 'session-cancelled', reason, detail: { sessionId: s.id } });
  await writeAudit(trx, ctx, { action: 'session.cancel', objectType: 'session', objectId: s.id, detail: { sequence: s.sequence + 1, mails } });
  return { session: updated, access };
}
