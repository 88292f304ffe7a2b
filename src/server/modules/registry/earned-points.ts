import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { deleteEarnedEntry, insertEarnedEntry } from './earned-points-repository.js';

export interface EarnedPoints {
  poolId: string;
  mediatorId: string;
  /** Whole PE points, 1–100 (the register counts whole points; upkeep_entry's check). */
  points: number;
  educationKind: 'intervision' | 'training' | 'other';
  /** The day the activity took place (YYYY-MM-DD). */
  occurredOn: string;
  description: string;
  /** What earned the points, e.g. 'intervision-meeting' or 'training-event'. */
  sourceType: string;
  /** The id of that meeting or event. */
  sourceId: string;
  /** Who recorded the attendance; null for the system. */
  createdBy?: string | null;
}

/**
 * Records education points earned in the product as an upkeep entry of the mediator, inside the
 * caller's transaction (the caller writes its own audit row). Idempotent per (mediator, sourceType,
 * sourceId): recording the same attendance again inserts nothing. Returns the new entry's id, or
 * null when the entry was already there.
 */
export async function recordEarnedPoints(trx: Kysely<DB>, e: EarnedPoints): Promise<string | null> {
  if (!Number.isInteger(e.points) || e.points < 1 || e.points > 100) throw new Error(`recordEarnedPoints: points must be a whole number 1–100, got ${e.points}`);
  const row = await insertEarnedEntry(trx, {
    pool_id: e.poolId,
    mediator_id: e.mediatorId,
    type: 'education',
    occurred_on: e.occurredOn,
    points: e.points,
    education_kind: e.educationKind,
    description: e.description.slice(0, 500),
    created_by: e.createdBy ?? null,
    source_type: e.sourceType,
    source_id: e.sourceId,
  });
  return row?.id ?? null;
}

/**
 * Withdraws the entry recordEarnedPoints made for this source (attendance corrected, event
 * cancelled); true when there was one.
 */
export async function withdrawEarnedPoints(trx: Kysely<DB>, e: { poolId: string; mediatorId: string; sourceType: string; sourceId: string }): Promise<boolean> {
  return (await deleteEarnedEntry(trx, e.poolId, e.mediatorId, e.sourceType, e.sourceId)) !== undefined;
}
