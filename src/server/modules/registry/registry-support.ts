import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';

/** Small helpers shared by the registry modules (pool settings, municipalities, mediators, health, CSV). */

/**
 * Today in the pool's timezone, for tests that pass their own `now`. The registry's code uses the
 * shared `todayInAmsterdam` of case-status.
 */
export const poolToday = (now: Date = new Date()) => todayInAmsterdam(now);

const pgCode = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined);

/** A unique index refused the row: someone else (or an earlier row) already has this key. */
export const isUniqueViolation = (e: unknown) => pgCode(e) === '23505';

/** The database's own overlap guard (see migration 0002) refused the row. */
export const isExclusionViolation = (e: unknown) => pgCode(e) === '23P01';

/** Fields that were changed, as {field: [before, after]}, for the audit trail. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    if (v === undefined) continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(v)) out[k] = [before[k] ?? null, v];
  }
  return out;
}
