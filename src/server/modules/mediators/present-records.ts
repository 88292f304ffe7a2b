import type { Relationship, Unavailability, UpkeepEntry } from '../../../contract/mediators.js';
import type { RelationshipRow } from './repository/records.js';

/** A mediator's own records as the API shows them: periods away, declared relationships, upkeep entries. */

export const presentUnavailability = (r: { id: string; starts_on: string; ends_on: string; kind: Unavailability['kind']; note: string | null; updated_at: Date }): Unavailability => ({
  id: r.id,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  kind: r.kind,
  note: r.note,
  updatedAt: r.updated_at.toISOString(),
});

export const presentRelationship = (r: RelationshipRow): Relationship => ({
  id: r.id,
  kind: r.kind,
  municipality: r.m_id ? { id: r.m_id, code: r.m_code!, name: r.m_name! } : null,
  department: r.department,
  personName: r.person_name,
  reason: r.reason,
  since: r.since,
  updatedAt: r.updated_at.toISOString(),
});

export interface UpkeepEntryRow {
  id: string;
  type: UpkeepEntry['type'];
  occurred_on: string;
  contact_minutes: number | null;
  written_agreement: boolean | null;
  co_mediation: boolean | null;
  points: number | null;
  education_kind: UpkeepEntry['educationKind'];
  description: string | null;
  created_at: Date;
}

export const presentUpkeepEntry = (e: UpkeepEntryRow): UpkeepEntry => ({
  id: e.id,
  type: e.type,
  occurredOn: e.occurred_on,
  contactMinutes: e.contact_minutes,
  writtenAgreement: e.written_agreement,
  coMediation: e.co_mediation,
  points: e.points,
  educationKind: e.education_kind,
  description: e.description,
  createdAt: e.created_at.toISOString(),
});
