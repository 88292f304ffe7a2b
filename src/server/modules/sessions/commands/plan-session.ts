import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { recordCaseEvent } from '../../case-status/index.js';
import type { PlanSessionInput } from '../../../../contract/sessions.js';
import { canSession } from '../policy.js';
import { loadSessionCase } from '../load-session.js';
import { sessionInstants } from '../session-time.js';
import { addSessionParties, findCaseParties, findSession, insertSession } from '../repository.js';
import { mailSession } from '../session-mails.js';

export type { PlanSessionInput };

/** Normalises the place: at least a location or an online link. */
export function place(location: string | null | undefined, onlineUrl: string | null | undefined) {
  const loc = location?.trim() || null;
  const url = onlineUrl?.trim() || null;
  if (!loc && !url) throw invalidField('location', 'required', 'Geef een locatie of een link naar het online gesprek.');
  return { location: loc, online_url: url };
}

/** The attending parties must be parties of this case. */
export async function checkParties(trx: Kysely<DB>, caseId: string, partyIds: string[]) {
  const rows = await findCaseParties(trx, caseId, partyIds);
  if (rows.length !== partyIds.length) throw invalidField('partyIds', 'unknown-party', 'Kies alleen partijen van deze zaak.');
  return rows;
}

/** The case's mediator (or the coordinator) plans a session; the mediators and attending parties get an invitation. */
export async function planSession(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: PlanSessionInput, baseUrl: string) {
  const { row, access, object } = await loadSessionCase(trx, actor, caseId, { forUpdate: true });
  ensureCan(canSession, actor, 'read', object);
  if (!canSession(actor, 'plan', object)) throw conflict('Deze zaak is afgesloten; er kunnen geen gesprekken meer worden gepland.', 'case-closed');
  const { startsAt, endsAt } = sessionInstants(input.date, input.start, input.end);
  const where = place(input.location, input.onlineUrl);
  await checkParties(trx, caseId, input.partyIds);
  const sessionId = await insertSession(trx, {
    pool_id: row.pool_id,
    case_id: row.id,
    starts_at: startsAt,
    ends_at: endsAt,
    ...where,
    description: input.description?.trim() || null,
    planned_by: actor.userId,
  });
  await addSessionParties(trx, row.pool_id, sessionId, input.partyIds);
  const session = (await findSession(trx, actor.poolId, sessionId))!;
  const mails = await mailSession(trx, session, 'planned', { baseUrl });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'session-planned', detail: { sessionId, startsAt: startsAt.toISOString() } });
  await writeAudit(trx, ctx, { action: 'session.plan', objectType: 'session', objectId: sessionId, detail: { caseId: row.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), mails } });
  return { session, access };
}
