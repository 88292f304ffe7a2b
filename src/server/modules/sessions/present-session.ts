import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findSessionParties, type SessionRow } from './queries.js';
import { sessionUid } from './session-ics.js';
import { localParts } from './session-time.js';

export async function presentSessions(db: Kysely<DB>, rows: SessionRow[], baseUrl: string) {
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
  }));
}

export async function presentSession(db: Kysely<DB>, row: SessionRow, baseUrl: string) {
  return (await presentSessions(db, [row], baseUrl))[0]!;
}
