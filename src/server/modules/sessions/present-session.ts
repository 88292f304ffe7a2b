import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import type { CaseAccess } from '../case-status/index.js';
import { SESSION_ACTIONS, type CaseSession } from '../../../contract/sessions.js';
import { canSession } from './policy.js';
import { findSessionParties, type SessionRow } from './repository.js';
import { sessionObject } from './load-session.js';
import { sessionUid } from './session-ics.js';
import { localParts } from './session-time.js';

const PER_SESSION = SESSION_ACTIONS.filter((a) => a === 'reschedule' || a === 'cancel' || a === 'download');

export async function presentSessions(db: Kysely<DB>, actor: Actor, access: CaseAccess, rows: SessionRow[], baseUrl: string): Promise<CaseSession[]> {
  const parties = await findSessionParties(db, rows.map((r) => r.id));
  return rows.map((s) => ({
    id: s.id,
    caseId: s.case_id,
    caseNumber: s.case_number,
    uid: sessionUid(s.id, baseUrl),
    sequence: s.sequence,
    status: s.status,
    ...localParts(s.starts_at, s.ends_at),
    startsAt: s.starts_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    location: s.location,
    onlineUrl: s.online_url,
    description: s.description,
    parties: parties.filter((p) => p.session_id === s.id).map((p) => ({ id: p.id, name: p.name, role: p.role, invited: p.email !== null && p.email !== '' })),
    plannedBy: s.planned_by_name,
    cancelledAt: s.cancelled_at?.toISOString() ?? null,
    cancelReason: s.cancel_reason,
    createdAt: s.created_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
    allowedActions: allowedActions(canSession, actor, sessionObject(access, s), PER_SESSION),
  }));
}

export async function presentSession(db: Kysely<DB>, actor: Actor, access: CaseAccess, row: SessionRow, baseUrl: string): Promise<CaseSession> {
  return (await presentSessions(db, actor, access, [row], baseUrl))[0]!;
}
