import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { buildReport, type Report } from './repository/report-figures.js';
import { poolMemberCount } from './repository/pool-facts.js';
import type { ReportScope } from './report-scope.js';

const summaryValue = (r: Report, measure: string): number | null => {
  const row = r.tables.find((t) => t.name === 'summary')?.rows.find((x) => x.measure === measure);
  const v = row?.value;
  return typeof v === 'number' ? v : null;
};
const hoursOf = (r: Report, key: 'minutes_supplied' | 'minutes_used'): number => (r.tables.find((t) => t.name === 'hours')?.rows ?? []).reduce((s, x) => s + (typeof x[key] === 'number' ? x[key] : 0), 0);

const MEASURES: { measure: string; label: string; perMember: boolean }[] = [
  { measure: 'referrals', label: 'Aanmeldingen', perMember: true },
  { measure: 'referred_or_not_suitable_share', label: 'Doorverwezen of niet geschikt (%)', perMember: false },
  { measure: 'agreement_rate', label: 'Overeenstemming (%)', perMember: false },
  { measure: 'median_to_assignment', label: 'Mediaan werkdagen tot toewijzing', perMember: false },
  { measure: 'median_to_conclusion', label: 'Mediaan werkdagen tot afronding', perMember: false },
  { measure: 'assignment_within_norm_share', label: 'Toegewezen binnen de norm (%)', perMember: false },
];

/**
 * A municipality's figures for a calendar year beside the pool's average (rates and medians of
 * the whole pool; counts divided by the number of members) and its own previous year, in the
 * spirit of the CCV benchmark. Every side with fewer than 5 cases shows no figures.
 */
export async function buildBenchmark(db: Kysely<DB>, poolId: string, year: number, municipality: NonNullable<ReportScope['municipality']>) {
  const scope = (y: number, m: ReportScope['municipality']): ReportScope => ({ poolId, from: `${y}-01-01`, to: `${y}-12-31`, municipality: m });
  const [own, pool, prev] = await Promise.all([buildReport(db, scope(year, municipality)), buildReport(db, scope(year, null)), buildReport(db, scope(year - 1, municipality))]);
  const n = (await poolMemberCount(db, poolId)) || 1;
  const perMember = (v: number | null) => (v === null ? null : Math.round((10 * v) / n) / 10);
  const rows = MEASURES.map((m) => ({
    measure: m.measure,
    label: m.label,
    municipality: summaryValue(own, m.measure),
    poolAverage: m.perMember ? perMember(summaryValue(pool, m.measure)) : summaryValue(pool, m.measure),
    previousYear: summaryValue(prev, m.measure),
  }));
  // Hours are not case counts: shown whatever the number of cases.
  rows.push({ measure: 'minutes_supplied', label: 'Geleverde minuten', municipality: hoursOf(own, 'minutes_supplied'), poolAverage: perMember(hoursOf(pool, 'minutes_supplied')), previousYear: hoursOf(prev, 'minutes_supplied') });
  rows.push({ measure: 'minutes_used', label: 'Afgenomen minuten', municipality: hoursOf(own, 'minutes_used'), poolAverage: perMember(hoursOf(pool, 'minutes_used')), previousYear: hoursOf(prev, 'minutes_used') });
  return { year, municipality, members: n, rows, tooFewCases: { municipality: own.tooFewCases, pool: pool.tooFewCases, previousYear: prev.tooFewCases } };
}
