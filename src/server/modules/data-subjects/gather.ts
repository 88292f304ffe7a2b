import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../http/problem.js';
import type { PersonExport, PersonKind } from '../../../contract/data-subjects.js';
import { decideErasure } from '../../../domain/retention/erasure.js';
import type { CaseStatus } from '../../../domain/cases/case-status.js';
import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';
import { loadRetentionTerms } from '../retention/index.js';
import { findUser, mailTo, mediatorCases, partyRows, poolName, readsOf, rowsBy } from './repository.js';

type Scalar = string | number | boolean | null;

/** One row as plain fields: moments as ISO text, arrays joined, bytes counted; secrets left out. */
const SECRET = new Set(['password_hash', 'token_hash', 'content', 'body_text', 'attachments', 'csrf_token']);
export function plainFields(row: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(row)) {
    if (SECRET.has(k)) continue;
    if (v === null || v === undefined) out[k] = null;
    else if (v instanceof Date) out[k] = v.toISOString();
    else if (Array.isArray(v)) out[k] = v.map(String).join(', ');
    else if (typeof v === 'object') out[k] = JSON.stringify(v);
    else if (typeof v === 'bigint') out[k] = Number(v);
    else out[k] = v as Scalar;
  }
  return out;
}

const records = (table: string, rows: Record<string, unknown>[]) => rows.map((r) => ({ table, id: String(r.id ?? r.case_id ?? r.session_id ?? ''), fields: plainFields(r) }));

/** A party's rows, what else the pool holds about them and every recorded read of it; 404 when the row is not the pool's. */
async function gatherParty(db: Kysely<DB>, poolId: string, partyId: string): Promise<Omit<PersonExport, 'generatedAt' | 'pool'>> {
  const rows = await partyRows(db, poolId, partyId);
  const anchor = rows.find((r) => r.id === partyId);
  if (!anchor) throw notFound();
  const ids = rows.map((r) => r.id);
  const caseIds = [...new Set(rows.map((r) => r.case_id))];
  const emails = [...new Set(rows.map((r) => r.email).filter((e): e is string => !!e))];
  const partyRecords = rows.map(({ number: _n, case_type: _t, status: _s, referred_on: _r, ended_on: _e, destroyed: _d, ...r }) => r);
  const { months } = await loadRetentionTerms(db, poolId);
  return {
    person: { kind: 'party', id: partyId, name: anchor.name, email: anchor.email },
    cases: rows.map((r) => ({ caseId: r.case_id, number: r.number, caseType: r.case_type, status: r.status, referredOn: r.referred_on, endedOn: r.ended_on, role: r.role, destroyed: r.destroyed })),
    records: [
      ...records('case_party', partyRecords),
      ...records('party_consent', await rowsBy(db, 'party_consent', 'party_id', ids, poolId)),
      ...records('mediation_session_party', await rowsBy(db, 'mediation_session_party', 'party_id', ids, poolId)),
      ...records('consent_link', await rowsBy(db, 'consent_link', 'party_id', ids, poolId)),
      ...records('satisfaction_invitation', await rowsBy(db, 'satisfaction_invitation', 'party_id', ids, poolId)),
      ...records('mail_outbox', (await mailTo(db, poolId, emails)) as unknown as Record<string, unknown>[]),
    ],
    reads: (await readsOf(db, poolId, [...ids, ...caseIds])).map(presentRead),
    erasure: decideErasure(
      rows.map((r) => ({ number: r.number, status: r.status as CaseStatus, endedOn: r.ended_on, destroyed: r.destroyed })),
      months.case_file,
      todayInAmsterdam(),
    ),
  };
}

/** An account (and, for a mediator, their profile, cases and hours) and every recorded read of it. */
async function gatherUser(db: Kysely<DB>, poolId: string, userId: string, kind: PersonKind): Promise<Omit<PersonExport, 'generatedAt' | 'pool'>> {
  const user = await findUser(db, poolId, userId);
  if (!user) throw notFound();
  const profiles = await rowsBy(db, 'mediator_profile', 'user_id', [user.id], poolId);
  const profileIds = profiles.map((p) => String(p.id));
  const cases = profileIds.length ? await mediatorCases(db, profileIds[0]!) : [];
  return {
    person: { kind, id: user.id, name: user.name, email: user.email },
    cases: cases.map((c) => ({ caseId: c.case_id, number: c.number, caseType: c.case_type, status: c.status, referredOn: c.referred_on, endedOn: c.ended_on, role: `mediator (${c.role})`, destroyed: c.destroyed })),
    records: [
      ...records('app_user', [user as unknown as Record<string, unknown>]),
      ...records('user_session', await rowsBy(db, 'user_session', 'user_id', [user.id])),
      ...records('api_token', await rowsBy(db, 'api_token', 'user_id', [user.id])),
      ...records('calendar_feed', await rowsBy(db, 'calendar_feed', 'user_id', [user.id], poolId)),
      ...records('invitation', await rowsBy(db, 'invitation', 'email', [user.email], poolId)),
      ...records('mediator_profile', profiles),
      ...records('mediator_status_change', await rowsBy(db, 'mediator_status_change', 'mediator_id', profileIds, poolId)),
      ...records('mediator_unavailability', await rowsBy(db, 'mediator_unavailability', 'mediator_id', profileIds, poolId)),
      ...records('mediator_relationship', await rowsBy(db, 'mediator_relationship', 'mediator_id', profileIds, poolId)),
      ...records('upkeep_entry', await rowsBy(db, 'upkeep_entry', 'mediator_id', profileIds, poolId)),
      ...records('hour_entry', await rowsBy(db, 'hour_entry', 'mediator_id', profileIds, poolId)),
      ...records('mail_outbox', (await mailTo(db, poolId, [user.email])) as unknown as Record<string, unknown>[]),
      ...records('audit_event (eigen handelingen)', await rowsBy(db, 'audit_event', 'actor_user_id', [user.id], poolId)),
    ],
    reads: (await readsOf(db, poolId, [user.id, ...profileIds])).map(presentRead),
    erasure: { scope: 'none', reasons: ['Een account wordt gecorrigeerd of gedeactiveerd via Gebruikers of het eigen profiel; de naam blijft in de auditlog staan (verantwoording).'] },
  };
}

const presentRead = (r: Awaited<ReturnType<typeof readsOf>>[number]) => ({
  at: r.at.toISOString(),
  actor: r.actor_label,
  action: r.action,
  purpose: r.purpose,
  objectType: r.object_type,
  objectId: r.object_id,
  caseNumber: r.case_number,
});

/** Everything held about one person of the pool; the caller asked the policy. */
// policy: a step of exportPerson and exportPersonPdf, which ask canDataSubject 'export' first
export async function gatherPerson(db: Kysely<DB>, poolId: string, kind: PersonKind, personId: string): Promise<PersonExport> {
  const body = kind === 'party' ? await gatherParty(db, poolId, personId) : await gatherUser(db, poolId, personId, kind);
  return { generatedAt: new Date().toISOString(), pool: await poolName(db, poolId), ...body };
}
