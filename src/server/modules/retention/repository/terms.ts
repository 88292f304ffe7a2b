import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { RETENTION_DEFAULTS, RETENTION_KINDS, isRetentionKind, type RetentionKind } from '../../../../domain/retention/retention-terms.js';

/** The pool's own terms; a kind without a row keeps its default. */
export async function loadRetentionTerms(db: Kysely<DB>, poolId: string): Promise<{ months: Record<RetentionKind, number>; own: Set<RetentionKind> }> {
  const rows = await db.selectFrom('retention_term').select(['kind', 'months']).where('pool_id', '=', poolId).execute();
  const months = Object.fromEntries(RETENTION_KINDS.map((k) => [k, RETENTION_DEFAULTS[k].months])) as Record<RetentionKind, number>;
  const own = new Set<RetentionKind>();
  for (const r of rows) {
    if (!isRetentionKind(r.kind)) continue;
    months[r.kind] = r.months;
    own.add(r.kind);
  }
  return { months, own };
}

/** Writes the given terms; a term equal to the default is stored too (the pool chose it). */
export async function upsertRetentionTerms(trx: Kysely<DB>, poolId: string, userId: string, terms: { kind: RetentionKind; months: number }[]): Promise<void> {
  for (const t of terms) {
    await trx
      .insertInto('retention_term')
      .values({ pool_id: poolId, kind: t.kind, months: t.months, updated_by: userId, updated_at: new Date() })
      .onConflict((oc) => oc.columns(['pool_id', 'kind']).doUpdateSet({ months: t.months, updated_by: userId, updated_at: new Date() }))
      .execute();
  }
}
