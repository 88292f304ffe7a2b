import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeCsv } from '../../../domain/registry/csv.js';
import { addDays, toDayNumber } from '../../../domain/calendar/iso-date.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';
import { workingDayIndex } from './working-day-index.js';
import type { ReportScope } from './report-period.js';

const HEADER = [
  'volgnummer', 'gemeente_code', 'aanmelding_maand', 'soort', 'verwijzer', 'urgentie', 'route', 'status',
  'toewijzing_maand', 'afronding_maand', 'werkdagen_tot_toewijzing', 'werkdagen_tot_afronding',
  'uitkomst', 'schriftelijke_overeenkomst', 'afspraken_nagekomen', 'gesprekken', 'goedgekeurde_minuten',
];

/**
 * The anonymised case register: one row per case referred in the period, without personal data:
 * no names, case numbers, titles or descriptions, and dates as year-month only. Rows are in a
 * random order so the sequence number says nothing about the case number.
 */
export async function caseRegisterCsv(db: Kysely<DB>, scope: ReportScope): Promise<string> {
  const clock = await loadPoolClockSettings(db, scope.poolId);
  const today = todayInAmsterdam();
  const idx = workingDayIndex(scope.from, addDays(toDayNumber(today) > toDayNumber(scope.to) ? today : scope.to, 366), clock.calendar);
  const rows = (
    await sql<Record<string, unknown>>`
    WITH cal AS (SELECT ${sql.lit(`{${idx.cum.join(',')}}`)}::int[] AS cum, ${idx.start}::date AS s, ${idx.end}::date AS e)
    SELECT m.code, to_char(c.referred_on, 'YYYY-MM') AS referred, c.case_type, c.referral_source, c.urgency, c.route, c.status,
      to_char(c.assigned_on, 'YYYY-MM') AS assigned, to_char(c.concluded_on, 'YYYY-MM') AS concluded,
      CASE WHEN c.assigned_on BETWEEN c.referred_on AND cal.e THEN cal.cum[c.assigned_on - cal.s + 1] - cal.cum[c.referred_on - cal.s + 1] END AS wa,
      CASE WHEN c.concluded_on BETWEEN c.referred_on AND cal.e THEN cal.cum[c.concluded_on - cal.s + 1] - cal.cum[c.referred_on - cal.s + 1] END AS wc,
      o.outcome, o.written_agreement, o.aftercare_kept,
      (SELECT count(*)::int FROM mediation_session s WHERE s.case_id = c.id AND s.status = 'planned' AND s.starts_at <= now()) AS sessions,
      (SELECT coalesce(sum(h.minutes), 0)::int FROM hour_entry h WHERE h.case_id = c.id AND h.status = 'approved') AS minutes
    FROM mediation_case c CROSS JOIN cal
    JOIN municipality m ON m.id = c.requesting_municipality_id
    LEFT JOIN case_outcome o ON o.case_id = c.id
    WHERE c.pool_id = ${scope.poolId} AND c.referred_on BETWEEN ${scope.from}::date AND ${scope.to}::date
      AND (${scope.municipality?.id ?? null}::uuid IS NULL OR c.requesting_municipality_id = ${scope.municipality?.id ?? null}::uuid)
    ORDER BY random()`.execute(db)
  ).rows;
  const s = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v));
  return writeCsv(
    HEADER,
    rows.map((r, i) => [String(i + 1), s(r.code), s(r.referred), s(r.case_type), s(r.referral_source), s(r.urgency), s(r.route), s(r.status), s(r.assigned), s(r.concluded), s(r.wa), s(r.wc), s(r.outcome), s(r.written_agreement), s(r.aftercare_kept), s(r.sessions), s(r.minutes)]),
  );
}
