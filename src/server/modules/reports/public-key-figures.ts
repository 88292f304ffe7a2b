import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { buildReport } from './repository/report-figures.js';

/** The key figures a pool may publish (the public directory's pool page and its open data). */
export const PUBLIC_MEASURES = ['referrals', 'concluded', 'agreement_rate', 'median_to_assignment', 'median_to_conclusion'] as const;
export type PublicMeasure = (typeof PUBLIC_MEASURES)[number];

/**
 * A pool's key figures of one calendar year, read from the same report the coordinator sees, so
 * the same small-number rule holds: fewer than 5 cases and every figure is withheld; fewer than 5
 * concluded cases and the share with agreement is withheld; a median of fewer than 5 measured
 * cases is withheld (null). No figure of a municipality, nothing of a case, no name.
 */
export async function publicKeyFigures(db: Kysely<DB>, poolId: string, year: number): Promise<{ measure: PublicMeasure; value: number | null }[]> {
  const report = await buildReport(db, { poolId, from: `${year}-01-01`, to: `${year}-12-31`, municipality: null });
  const summary = report.tables.find((t) => t.name === 'summary');
  return PUBLIC_MEASURES.map((measure) => {
    const v = summary?.rows.find((r) => r.measure === measure)?.value;
    return { measure, value: report.tooFewCases || typeof v !== 'number' ? null : v };
  });
}
