import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { authorize } from '../../../auth/authorize.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent } from '../../case-status/index.js';
import { canSessions } from '../policy.js';
import { sessionInstants } from '../session-time.js';
import { findSessions } from '../queries.js';
import { mailSession } from '../session-mails.js';

export interface PlanSessionInput {
  date: string;
  start: string;
  end: string;
  location?: string | null | undefined;
  onlineUrl?: string | null | undefined;
  description?: string | null | undefined;
  partyIds: string[];
}

const CLOSED = ['closed', 'withdrawn', 'referred'];

/** Normalises the place: at least a location or an online link. */
export function place(location: string | null | undefined, onlineUrl: string | null | undefined) {
  const loc = location?.trim() || null;
  const url = onlineUrl?.trim() || null;
  if (!loc && !url) throw invalidField('location', 'required', 'Geef een locatie of een link naar het online gesprek.');
  return { location: loc, online_url: url };
}

/** The attending parties must be parties of this case. */
export async function checkParties(trx: Kysely<DB>, caseId: string, partyIds: string[]) {
  if (partyIds.length === 0) return [];
  const rows = await trx.selectFrom('case_party').select(['id', 'name', 'email']).where('case_id', '=', caseId).where('id', 'in', partyIds).execute();
  if (rows.length !== partyIds.length) throw invalidField('partyIds', 'unknown-party', 'Kies alleen partijen van deze zaak.');
  return rows;
}

/** The case's mediator (or the coordinator) plans a session; the mediators and attending parties get an invitation. */
export async function planSession(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: PlanSessionInput, baseUrl: string) {
  const { row, access } = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  authorize(canSessions(access), 'object');
  if (CLOSED.includes(row.status)) throw conflict('Deze zaak is afgesloten; er kunnen geen gesprekken meer worden gepland.', 'case-closed');
  const { startsAt, endsAt } = sessionInstants(input.date, input.start, input.end);
  const where = place(input.location, input.onlineUrl);
  await checkParties(trx, caseId, input.partyIds);
  const inserted = await trx
    .insertInto('mediation_session')
    .values({
      pool_id: row.pool_id,
      case_id: row.id,
      starts_at: startsAt,
      ends_at: endsAt,
      ...where,
      description: input.description?.trim() || null,
      planned_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.partyIds.length > 0) {
    await trx
      .insertInto('mediation_session_party')
      .values(input.partyIds.map((party_id) => ({ session_id: inserted.id, party_id, pool_id: row.pool_id })))
      .execute();
  }
  const [session] = await findSessions(trx, actor.poolId, { sessionId: inserted.id });
  const mails = await mailSession(trx, session!, 'planned', { baseUrl });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'session-planned', detail: { sessionId: inserted.id, startsAt: startsAt.toISOString() } });
  await writeAudit(trx, ctx, { action: 'session.plan', objectType: 'session', objectId: inserted.id, detail: { caseId: row.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), mails } });
  return session!;
}
