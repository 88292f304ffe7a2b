import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { recordCaseEvent } from '../../case-status/index.js';
import type { RescheduleSessionInput } from '../../../../contract/sessions.js';
import { canSession } from '../policy.js';
import { loadSessionForActor } from '../load-session.js';
import { addSessionParties, findSession, findSessionParties, removeSessionParties, updatePlannedSession } from '../repository.js';
import { localParts, sessionInstants } from '../session-time.js';
import { mailSession } from '../session-mails.js';
import { checkParties, place } from './plan-session.js';

export type RescheduleInput = RescheduleSessionInput;

/**
 * Changes a planned session: same UID, SEQUENCE + 1 (a guarded update on the sequence the user
 * saw). Mediators and attending parties get the change when time, place or attendance changed;
 * parties taken off the list get a cancellation.
 */
export async function rescheduleSession(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, sessionId: string, input: RescheduleInput, baseUrl: string) {
  const { session: s, access, object } = await loadSessionForActor(trx, actor, sessionId, { forUpdate: true });
  ensureCan(canSession, actor, 'read', object);
  if (!canSession(actor, 'reschedule', object)) throw conflict('Dit gesprek is geannuleerd en kan niet meer worden gewijzigd.', 'session-cancelled');
  if (input.sequence !== undefined && input.sequence !== s.sequence) {
    throw conflict('Iemand anders heeft dit gesprek intussen gewijzigd. Laad de pagina opnieuw.', 'stale-session', { currentSequence: s.sequence });
  }
  const current = localParts(s.starts_at, s.ends_at);
  const { startsAt, endsAt } = sessionInstants(input.date ?? current.date, input.start ?? current.start, input.end ?? current.end);
  const where = place(input.location === undefined ? s.location : input.location, input.onlineUrl === undefined ? s.online_url : input.onlineUrl);
  const description = input.description === undefined ? s.description : input.description?.trim() || null;

  const before = await findSessionParties(trx, [s.id]);
  let removed: { id: string; name: string; email: string | null }[] = [];
  let partiesChanged = false;
  if (input.partyIds !== undefined) {
    await checkParties(trx, s.case_id, input.partyIds);
    const wanted = new Set(input.partyIds);
    const had = new Set(before.map((p) => p.id));
    removed = before.filter((p) => !wanted.has(p.id)).map((p) => ({ id: p.id, name: p.name, email: p.email }));
    const added = input.partyIds.filter((id) => !had.has(id));
    partiesChanged = removed.length > 0 || added.length > 0;
    await removeSessionParties(trx, s.id, removed.map((p) => p.id));
    await addSessionParties(trx, s.pool_id, s.id, added);
  }
  const timeOrPlaceChanged =
    startsAt.getTime() !== s.starts_at.getTime() || endsAt.getTime() !== s.ends_at.getTime() || where.location !== s.location || where.online_url !== s.online_url;
  if (!timeOrPlaceChanged && !partiesChanged && description === s.description) {
    return { session: s, access };
  }
  const done = await updatePlannedSession(trx, s.id, s.sequence, { starts_at: startsAt, ends_at: endsAt, ...where, description });
  if (!done) throw conflict('Iemand anders heeft dit gesprek intussen gewijzigd. Laad de pagina opnieuw.', 'stale-session');
  const updated = (await findSession(trx, actor.poolId, s.id))!;
  const mails = timeOrPlaceChanged || partiesChanged ? await mailSession(trx, updated, 'rescheduled', { baseUrl, removedParties: removed }) : 0;
  await recordCaseEvent(trx, ctx, { poolId: s.pool_id, caseId: s.case_id, kind: 'session-rescheduled', detail: { sessionId: s.id, sequence: s.sequence + 1 } });
  await writeAudit(trx, ctx, {
    action: 'session.reschedule',
    objectType: 'session',
    objectId: s.id,
    detail: { from: { startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString() }, to: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }, sequence: s.sequence + 1, mails },
  });
  return { session: updated, access };
}
