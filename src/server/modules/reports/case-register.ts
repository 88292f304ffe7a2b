import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeCsv } from '../../../domain/exports/spreadsheet.js';
import { addDays, toDayNumber } from '../../../domain/calendar/iso-date.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';
import { workingDayIndex } from './working-day-index.js';
import type { ReportScope } from './report-scope.js';
import { caseRegisterRows } from './repository/pool-facts.js';

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
  const rows = await caseRegisterRows(db, scope, idx);
  const s = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : typeof v === 'number' ? v : String(v));
  return writeCsv(
    HEADER,
    rows.map((r, i) => [i + 1, s(r.code), s(r.referred), s(r.case_type), s(r.referral_source), s(r.urgency), s(r.route), s(r.status), s(r.assigned), s(r.concluded), s(r.wa), s(r.wc), s(r.outcome), s(r.written_agreement), s(r.aftercare_kept), s(r.sessions), s(r.minutes)]),
  );
}
