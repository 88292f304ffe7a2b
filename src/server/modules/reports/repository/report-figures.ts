import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { addDays, toDayNumber } from '../../../../domain/calendar/iso-date.js';
import { loadPoolClockSettings, todayInAmsterdam } from '../../case-status/index.js';
import { OUTCOMES, OUTCOME_LABELS, AGREEMENT_OUTCOMES } from '../../outcomes/index.js';
import { CASE_TYPE_LABELS, MEDIATOR_STATUS_LABELS, ROUTES_NOT_TAKEN, ROUTE_LABELS, SOURCE_LABELS } from '../labels.js';
import { MIN_GROUP, percent, round1, withheld, withSmallNumbersWithheld, type ReportTable, type TableName } from '../report-tables.js';
import { withholdSmall } from '../../../../domain/reports/small-numbers.js';
import { workingDayIndex } from '../working-day-index.js';
import type { ReportScope } from '../report-scope.js';
import { approvedMinutes } from '../../../db/approved-minutes.js';

/** The report as the server builds it (the response adds nothing but the contract's shape). */
export interface Report {
  period: { from: string; to: string };
  municipality: { id: string; code: string; name: string } | null;
  caseCount: number | null;
  tooFewCases: boolean;
  tables: ReportTable[];
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * The report's SQL: the figures of a pool or one member municipality over a period.
 *
 * The report of a pool or one member municipality over a period, as SQL aggregates (GROUP BY,
 * percentile_cont), never a loop over case rows in JavaScript. The cases of a report are those
 * referred in the period; outcomes are those of these cases that are concluded; hours are the
 * approved hours worked in the period. `caseFigures: false` (finance) gives the hours only.
 */
export async function buildReport(db: Kysely<DB>, scope: ReportScope, opts: { caseFigures: boolean } = { caseFigures: true }): Promise<Report> {
  const muni = scope.municipality?.id ?? null;
  const caseFilter = sql`c.pool_id = ${scope.poolId} AND c.referred_on BETWEEN ${scope.from}::date AND ${scope.to}::date AND (${muni}::uuid IS NULL OR c.requesting_municipality_id = ${muni}::uuid)`;
  const tables: ReportTable[] = [];
  let caseCount: number | null = null;
  let tooFew = false;

  if (opts.caseFigures) {
    const q = (query: RawBuilder<Row>) => query.execute(db).then((r) => r.rows);
    const total = num((await q(sql`SELECT count(*)::int AS n FROM mediation_case c WHERE ${caseFilter}`))[0]?.n);
    caseCount = total;
    tooFew = total < MIN_GROUP;
    const caseTables = await caseTablesOf(db, scope, caseFilter, total, q);
    for (const t of caseTables.tables) tables.push(tooFew ? withheld(t, t.columns.filter((c) => c.key === 'key' || c.key === 'label' || c.key === 'month' || c.key === 'measure').map((c) => c.key)) : t);
    if (tooFew) caseCount = null;
  }
  const hours = await hoursTable(db, scope);
  tables.push(hours);
  if (opts.caseFigures) {
    tables.push(await mediatorsTable(db, scope));
    const minutesUsed = hours.rows.reduce((sum, r) => sum + num(r.minutes_used), 0);
    tables.push(await capacityTable(db, scope, { minutesUsed, referrals: caseCount }));
    tables.push(await satisfactionTable(db, scope));
  }
  return { period: { from: scope.from, to: scope.to }, municipality: scope.municipality, caseCount, tooFewCases: tooFew, tables: sortTables(tables) };
}

const ORDER: TableName[] = ['summary', 'referrals_per_month', 'by_type', 'by_source', 'by_route', 'throughput', 'outcomes', 'hours', 'mediators', 'capacity', 'satisfaction'];
const sortTables = (t: ReportTable[]) => [...t].sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));

async function caseTablesOf(db: Kysely<DB>, scope: ReportScope, caseFilter: RawBuilder<unknown>, total: number, q: (query: RawBuilder<Row>) => Promise<Row[]>) {
  const tables: ReportTable[] = [];

  // One scan for every grouping (GROUPING SETS), one for the same months a year earlier.
  const groups = await q(sql`
    SELECT grouping(c.case_type) AS g_type, grouping(c.referral_source) AS g_source, grouping(coalesce(c.route, 'none')) AS g_route,
      c.case_type, c.referral_source, coalesce(c.route, 'none') AS route, to_char(c.referred_on, 'YYYY-MM') AS month, count(*)::int AS count
    FROM mediation_case c WHERE ${caseFilter}
    GROUP BY GROUPING SETS ((c.case_type), (c.referral_source), (coalesce(c.route, 'none')), (to_char(c.referred_on, 'YYYY-MM')))`);
  const previous = await q(sql`
    SELECT to_char(c.referred_on + interval '1 year', 'YYYY-MM') AS month, count(*)::int AS count
    FROM mediation_case c
    WHERE c.pool_id = ${scope.poolId} AND c.referred_on BETWEEN (${scope.from}::date - interval '1 year')::date AND (${scope.to}::date - interval '1 year')::date
      AND (${scope.municipality?.id ?? null}::uuid IS NULL OR c.requesting_municipality_id = ${scope.municipality?.id ?? null}::uuid)
    GROUP BY 1`);
  const countsBy = (pick: (r: Row) => unknown) => {
    const m = new Map<string, number>();
    for (const r of groups) {
      const k = pick(r);
      if (k !== null && k !== undefined) m.set(String(k), num(r.count));
    }
    return m;
  };
  const only = (dim: 'type' | 'source' | 'route' | 'month') => (r: Row) => {
    const g = { type: num(r.g_type), source: num(r.g_source), route: num(r.g_route) };
    const isMonth = g.type === 1 && g.source === 1 && g.route === 1;
    if (dim === 'month') return isMonth ? r.month : null;
    if (isMonth) return null;
    if (dim === 'type') return g.type === 0 ? r.case_type : null;
    if (dim === 'source') return g.source === 0 ? r.referral_source : null;
    return g.route === 0 ? r.route : null;
  };
  const monthCounts = countsBy(only('month'));
  const prevCounts = new Map(previous.map((r) => [String(r.month), num(r.count)]));
  const monthRows: Record<string, string | number | null>[] = [];
  const firstYear = Number(scope.from.slice(0, 4));
  const firstMonth = Number(scope.from.slice(5, 7)) - 1;
  for (let i = 0; ; i += 1) {
    const key = `${firstYear + Math.floor((firstMonth + i) / 12)}-${String(((firstMonth + i) % 12) + 1).padStart(2, '0')}`;
    if (key > scope.to.slice(0, 7)) break;
    monthRows.push({ month: key, count: monthCounts.get(key) ?? 0, previous_year: prevCounts.get(key) ?? 0 });
  }
  const monthTable: ReportTable = {
    name: 'referrals_per_month',
    title: 'Aanmeldingen per maand (dit jaar en vorig jaar)',
    columns: [
      { key: 'month', label: 'Maand' },
      { key: 'count', label: 'Aanmeldingen' },
      { key: 'previous_year', label: 'Zelfde maand vorig jaar' },
    ],
    rows: monthRows,
    tooFewCases: false,
  };
  // Months of one municipality are small groups too; the totals are the report's and the benchmark's referrals.
  tables.push(scope.municipality ? withSmallNumbersWithheld(monthTable, { counts: [{ key: 'count' }, { key: 'previous_year' }], totalShown: true }) : monthTable);

  const grouped = (dim: 'type' | 'source' | 'route', labels: Record<string, string>) => {
    const counts = countsBy(only(dim));
    return Object.keys(labels)
      .filter((k) => k !== 'none' || counts.has('none'))
      .map((k) => ({ key: k, label: labels[k] ?? k, count: counts.get(k) ?? 0, share: percent(counts.get(k) ?? 0, total) }));
  };
  const groupColumns = [
    { key: 'key', label: 'Code' },
    { key: 'label', label: 'Omschrijving' },
    { key: 'count', label: 'Aantal' },
    { key: 'share', label: 'Aandeel (%)' },
  ];
  // The total of every grouping is the report's referrals (summary).
  const groupRule = { counts: [{ key: 'count', dependents: ['share'] }], totalShown: true };
  tables.push(withSmallNumbersWithheld({ name: 'by_type', title: 'Aanmeldingen naar soort conflict', columns: groupColumns, rows: grouped('type', CASE_TYPE_LABELS), tooFewCases: false }, groupRule));
  tables.push(withSmallNumbersWithheld({ name: 'by_source', title: 'Aanmeldingen naar verwijzer', columns: groupColumns, rows: grouped('source', SOURCE_LABELS), tooFewCases: false }, groupRule));
  const routes = grouped('route', ROUTE_LABELS);
  tables.push(withSmallNumbersWithheld({ name: 'by_route', title: 'Aanmeldingen naar route (incl. doorverwezen en niet geschikt)', columns: groupColumns, rows: routes, tooFewCases: false }, groupRule));

  // Throughput in working days on the pool's calendar (see working-day-index.ts).
  const clock = await loadPoolClockSettings(db, scope.poolId);
  const today = todayInAmsterdam();
  const end = addDays(toDayNumber(today) > toDayNumber(scope.to) ? today : scope.to, 366);
  const idx = workingDayIndex(scope.from, end, clock.calendar);
  const normA = clock.norms.assignment ?? null;
  const normC = clock.norms.conclusion ?? null;
  const tp = (
    await q(sql`
    WITH cal AS (SELECT ${sql.lit(`{${idx.cum.join(',')}}`)}::int[] AS cum, ${idx.start}::date AS s, ${idx.end}::date AS e),
    d AS (
      SELECT
        CASE WHEN c.assigned_on BETWEEN c.referred_on AND cal.e THEN cal.cum[c.assigned_on - cal.s + 1] - cal.cum[c.referred_on - cal.s + 1] END AS wa,
        CASE WHEN c.concluded_on BETWEEN c.referred_on AND cal.e THEN cal.cum[c.concluded_on - cal.s + 1] - cal.cum[c.referred_on - cal.s + 1] END AS wc
      FROM mediation_case c CROSS JOIN cal WHERE ${caseFilter}
    )
    SELECT count(wa)::int AS na,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY wa) AS med_a, percentile_cont(0.9) WITHIN GROUP (ORDER BY wa) AS p90_a,
      count(*) FILTER (WHERE wa <= ${normA ?? -1})::int AS within_a,
      count(wc)::int AS nc,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY wc) AS med_c, percentile_cont(0.9) WITHIN GROUP (ORDER BY wc) AS p90_c,
      count(*) FILTER (WHERE wc <= ${normC ?? -1})::int AS within_c
    FROM d`)
  )[0] as Row;
  const tpRow = (measure: string, label: string, n: number, med: unknown, p90: unknown, within: number, norm: number | null) => {
    const small = n < MIN_GROUP;
    return {
      measure,
      label,
      // 1–4 cases identify people: the count goes with the figures computed from it.
      cases: withholdSmall(n),
      median_working_days: small ? null : round1(numOrNull(med)),
      p90_working_days: small ? null : round1(numOrNull(p90)),
      norm_working_days: norm,
      within_norm_share: small || norm === null ? null : percent(within, n),
      too_few_cases: small ? 'te weinig zaken' : null,
    };
  };
  const tpRows = [
    tpRow('assignment', 'aanmelding → toewijzing', num(tp.na), tp.med_a, tp.p90_a, num(tp.within_a), normA),
    tpRow('conclusion', 'aanmelding → afronding', num(tp.nc), tp.med_c, tp.p90_c, num(tp.within_c), normC),
  ];
  tables.push({
    name: 'throughput',
    title: 'Doorlooptijden in werkdagen',
    columns: [
      { key: 'measure', label: 'Code' },
      { key: 'label', label: 'Doorlooptijd' },
      { key: 'cases', label: 'Zaken' },
      { key: 'median_working_days', label: 'Mediaan (werkdagen)' },
      { key: 'p90_working_days', label: '90e percentiel (werkdagen)' },
      { key: 'norm_working_days', label: 'Norm (werkdagen)' },
      { key: 'within_norm_share', label: 'Binnen de norm (%)' },
      { key: 'too_few_cases', label: 'Opmerking' },
    ],
    rows: tpRows,
    tooFewCases: tpRows.some((r) => r.too_few_cases !== null),
  });

  // Outcomes of the concluded cases among them.
  const oc = await q(sql`
    SELECT o.outcome AS key, count(*)::int AS count, count(*) FILTER (WHERE o.written_agreement)::int AS written
    FROM mediation_case c JOIN case_outcome o ON o.case_id = c.id
    WHERE ${caseFilter} AND c.concluded_on IS NOT NULL GROUP BY 1`);
  const ocMap = new Map(oc.map((r) => [String(r.key), { count: num(r.count), written: num(r.written) }]));
  const concluded = [...ocMap.values()].reduce((s, x) => s + x.count, 0);
  const agreements = AGREEMENT_OUTCOMES.reduce((s, k) => s + (ocMap.get(k)?.count ?? 0), 0);
  const written = [...ocMap.values()].reduce((s, x) => s + x.written, 0);
  const smallOutcomes = concluded < MIN_GROUP;
  // Totals: concluded cases and written agreements (summary); a part of a withheld count is withheld with it.
  const outcomeRule = { counts: [{ key: 'count', dependents: ['share', 'written_agreement'] }, { key: 'written_agreement' }], totalShown: true };
  tables.push(withSmallNumbersWithheld({
    name: 'outcomes',
    title: 'Uitkomsten van de afgeronde zaken',
    columns: [
      { key: 'key', label: 'Code' },
      { key: 'label', label: 'Uitkomst' },
      { key: 'count', label: 'Aantal' },
      { key: 'share', label: 'Aandeel (%)' },
      { key: 'written_agreement', label: 'Met schriftelijke overeenkomst' },
    ],
    rows: OUTCOMES.map((k) => ({
      key: k,
      label: OUTCOME_LABELS[k],
      count: ocMap.get(k)?.count ?? 0,
      share: smallOutcomes ? null : percent(ocMap.get(k)?.count ?? 0, concluded),
      written_agreement: ocMap.get(k)?.written ?? 0,
    })),
    tooFewCases: smallOutcomes,
  }, outcomeRule));

  const notTaken = routes.filter((r) => ROUTES_NOT_TAKEN.includes(r.key)).reduce((s, r) => s + r.count, 0);
  const triaged = routes.filter((r) => r.key !== 'none').reduce((s, r) => s + r.count, 0);
  const a = tpRows[0]!;
  const c = tpRows[1]!;
  tables.push({
    name: 'summary',
    title: 'Kerncijfers',
    columns: [
      { key: 'measure', label: 'Code' },
      { key: 'label', label: 'Kerncijfer' },
      { key: 'value', label: 'Waarde' },
    ],
    rows: [
      { measure: 'referrals', label: 'Aanmeldingen', value: total },
      { measure: 'referred_or_not_suitable_share', label: 'Doorverwezen of niet geschikt (% van beoordeeld)', value: triaged < MIN_GROUP ? null : percent(notTaken, triaged) },
      { measure: 'concluded', label: 'Afgeronde zaken', value: withholdSmall(concluded) },
      { measure: 'agreement_rate', label: 'Overeenstemming (volledig of gedeeltelijk, %)', value: smallOutcomes ? null : percent(agreements, concluded) },
      { measure: 'written_agreements', label: 'Schriftelijke overeenkomsten', value: withholdSmall(written) },
      { measure: 'median_to_assignment', label: 'Mediaan werkdagen tot toewijzing', value: a.median_working_days },
      { measure: 'median_to_conclusion', label: 'Mediaan werkdagen tot afronding', value: c.median_working_days },
      { measure: 'assignment_within_norm_share', label: 'Toegewezen binnen de norm (%)', value: a.within_norm_share },
    ],
    tooFewCases: false,
  });
  return { tables };
}

/**
 * Approved hours worked in the period, supplied (by the mediator's municipality) and used (by the
 * requesting one): the monthly totals plus the days outside whole months (db/approved-minutes.ts).
 */
async function hoursTable(db: Kysely<DB>, scope: ReportScope): Promise<ReportTable> {
  const muni = scope.municipality?.id ?? null;
  const rows = (
    await sql<Row>`
    WITH h AS (${approvedMinutes(scope.poolId, scope.from, scope.to, ['supplier', 'user'])}), per AS (
      SELECT m.id, m.code, m.name, coalesce(sup.minutes, 0)::int AS supplied, coalesce(use.minutes, 0)::int AS used
      FROM pool_member pm JOIN municipality m ON m.id = pm.municipality_id
      LEFT JOIN h sup ON sup.subject_id = m.id AND sup.dimension = 'supplier'
      LEFT JOIN h use ON use.subject_id = m.id AND use.dimension = 'user'
      WHERE pm.pool_id = ${scope.poolId} AND (${muni}::uuid IS NULL OR m.id = ${muni}::uuid)
    )
    SELECT * FROM per ORDER BY name`.execute(db)
  ).rows;
  return {
    name: 'hours',
    title: 'Uren geleverd en afgenomen per gemeente (goedgekeurd)',
    columns: [
      { key: 'code', label: 'CBS-code' },
      { key: 'municipality', label: 'Gemeente' },
      { key: 'minutes_supplied', label: 'Geleverd (min)' },
      { key: 'minutes_used', label: 'Afgenomen (min)' },
      { key: 'net_minutes', label: 'Saldo (min)' },
    ],
    rows: rows.map((r) => ({ code: String(r.code), municipality: String(r.name), minutes_supplied: num(r.supplied), minutes_used: num(r.used), net_minutes: num(r.supplied) - num(r.used) })),
    tooFewCases: false,
  };
}

/** Per mediator of the scope: status, cases put on in the period, approved minutes in the period. */
async function mediatorsTable(db: Kysely<DB>, scope: ReportScope): Promise<ReportTable> {
  const muni = scope.municipality?.id ?? null;
  const rows = (
    await sql<Row>`
    SELECT coalesce(u.name, '(uitgenodigd)') AS name, m.name AS municipality, mp.status,
      coalesce(cs.n, 0)::int AS cases, coalesce(hs.minutes, 0)::int AS minutes
    FROM mediator_profile mp
    LEFT JOIN app_user u ON u.id = mp.user_id
    LEFT JOIN invitation i ON i.id = mp.invitation_id
    LEFT JOIN municipality m ON m.id = coalesce(u.municipality_id, i.municipality_id)
    LEFT JOIN (SELECT cm.mediator_id, count(*) AS n FROM case_mediator cm WHERE cm.pool_id = ${scope.poolId}
         AND cm.assigned_at >= ${scope.from}::date AND cm.assigned_at < ${scope.to}::date + 1 GROUP BY 1) cs ON cs.mediator_id = mp.id
    LEFT JOIN (${approvedMinutes(scope.poolId, scope.from, scope.to, ['mediator'])}) hs ON hs.subject_id = mp.id
    WHERE mp.pool_id = ${scope.poolId} AND mp.status <> 'left' AND (${muni}::uuid IS NULL OR m.id = ${muni}::uuid)
    ORDER BY m.name, 1`.execute(db)
  ).rows;
  return {
    name: 'mediators',
    title: 'Activiteit van de mediators',
    columns: [
      { key: 'name', label: 'Mediator' },
      { key: 'municipality', label: 'Gemeente' },
      { key: 'status', label: 'Status' },
      { key: 'cases', label: 'Zaken erbij in de periode' },
      { key: 'minutes', label: 'Goedgekeurde minuten' },
    ],
    rows: rows.map((r) => ({ name: String(r.name), municipality: r.municipality === null ? null : String(r.municipality), status: MEDIATOR_STATUS_LABELS[String(r.status)] ?? String(r.status), cases: num(r.cases), minutes: num(r.minutes) })),
    tooFewCases: false,
  };
}

/** Free capacity against demand: hours the active mediators offer in the period against hours used and referrals. */
async function capacityTable(db: Kysely<DB>, scope: ReportScope, demand: { minutesUsed: number; referrals: number | null }): Promise<ReportTable> {
  const muni = scope.municipality?.id ?? null;
  const r = (
    await sql<Row>`
    WITH mp AS (
      SELECT mp.* FROM mediator_profile mp
      LEFT JOIN app_user u ON u.id = mp.user_id
      LEFT JOIN invitation i ON i.id = mp.invitation_id
      WHERE mp.pool_id = ${scope.poolId} AND mp.status = 'active' AND (${muni}::uuid IS NULL OR coalesce(u.municipality_id, i.municipality_id) = ${muni}::uuid)
    )
    SELECT (SELECT count(*)::int FROM mp) AS mediators,
      (SELECT coalesce(sum(hours_per_month), 0)::int FROM mp) AS hours_per_month,
      (SELECT coalesce(sum(max_concurrent_cases), 0)::int FROM mp) AS places,
      (SELECT count(*)::int FROM mediation_case c WHERE c.pool_id = ${scope.poolId} AND c.status IN ('proposed', 'assigned', 'in_progress')
         AND (${muni}::uuid IS NULL OR c.requesting_municipality_id = ${muni}::uuid)) AS running`.execute(db)
  ).rows[0] as Row;
  const months = Math.max(1, Math.round((toDayNumber(scope.to) - toDayNumber(scope.from) + 1) / 30.44));
  const capacityMinutes = num(r.hours_per_month) * 60 * months;
  return {
    name: 'capacity',
    title: 'Vrije capaciteit tegenover vraag',
    columns: [
      { key: 'measure', label: 'Code' },
      { key: 'label', label: 'Maat' },
      { key: 'value', label: 'Waarde' },
    ],
    rows: [
      { measure: 'active_mediators', label: 'Actieve mediators', value: num(r.mediators) },
      { measure: 'capacity_minutes', label: `Beschikbare minuten (${months} maanden × uren per maand)`, value: capacityMinutes },
      { measure: 'minutes_used', label: 'Gebruikte minuten (goedgekeurd)', value: demand.minutesUsed },
      { measure: 'free_minutes', label: 'Vrije minuten', value: capacityMinutes - demand.minutesUsed },
      { measure: 'referrals', label: 'Aanmeldingen in de periode', value: demand.referrals },
      { measure: 'places', label: 'Plaatsen voor gelijktijdige zaken', value: num(r.places) },
      // For one municipality, a handful of running cases points at people: withheld like a small group.
      { measure: 'running_cases', label: 'Lopende zaken nu', value: muni === null ? num(r.running) : withholdSmall(num(r.running)) },
    ],
    tooFewCases: false,
  };
}

/** Averages of the anonymous survey, only with at least MIN_GROUP answers. */
async function satisfactionTable(db: Kysely<DB>, scope: ReportScope): Promise<ReportTable> {
  const muni = scope.municipality?.id ?? null;
  const r = (
    await sql<Row>`
    SELECT count(*)::int AS n, avg(score_process) AS p, avg(score_mediator) AS m, avg(score_outcome) AS o
    FROM satisfaction_answer WHERE pool_id = ${scope.poolId} AND answered_month BETWEEN ${scope.from.slice(0, 7)} AND ${scope.to.slice(0, 7)}
      AND (${muni}::uuid IS NULL OR municipality_id = ${muni}::uuid)`.execute(db)
  ).rows[0] as Row;
  const n = num(r.n);
  const small = n < MIN_GROUP;
  const v = (x: unknown) => (small ? null : round1(numOrNull(x)));
  return {
    name: 'satisfaction',
    title: 'Tevredenheid van de partijen (1–5)',
    columns: [
      { key: 'measure', label: 'Code' },
      { key: 'label', label: 'Onderdeel' },
      { key: 'average', label: 'Gemiddelde' },
      { key: 'answers', label: 'Antwoorden' },
    ],
    rows: [
      { measure: 'process', label: 'proces', average: v(r.p), answers: small ? null : n },
      { measure: 'mediator', label: 'mediator', average: v(r.m), answers: small ? null : n },
      { measure: 'outcome', label: 'uitkomst', average: v(r.o), answers: small ? null : n },
    ],
    tooFewCases: small,
  };
}
