import PDFDocument from 'pdfkit';
import type { Report } from './repository/report-figures.js';
import type { ReportTable } from './report-tables.js';

export interface PoolHealth {
  active: number;
  inTraining: number;
  dormant: number;
  inactive: number;
}

const LEFT = 50;
const WIDTH = 495;
const BOTTOM = 780;
const fmt = (v: string | number | null | undefined) => (v === null || v === undefined ? '—' : typeof v === 'number' ? String(v).replace('.', ',') : v);

/**
 * The annual report (jaarverslag) of the pool or one municipality for a calendar year, in Dutch,
 * built from the same report as the report pages: key figures, bar charts drawn with pdfkit,
 * every chart's data as a table, and the health of the pool. Tagged PDF (pdfkit's tagged mode).
 */
export function annualReportPdf(p: { poolName: string; year: number; report: Report; health: PoolHealth }): Promise<Buffer> {
  const subject = p.report.municipality ? `gemeente ${p.report.municipality.name}` : p.poolName;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: `Jaarverslag ${p.year} — ${subject}`, Author: p.poolName, Subject: 'Jaarverslag mediatorpool', CreationDate: new Date(Date.UTC(p.year + 1, 0, 1)) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const room = (h: number) => {
    if (doc.y + h > BOTTOM) doc.addPage();
  };
  const heading = (text: string) => {
    room(60);
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('black').text(text, LEFT).moveDown(0.3);
  };
  const para = (text: string) => {
    room(20);
    doc.font('Helvetica').fontSize(10).fillColor('black').text(text, LEFT, doc.y, { width: WIDTH });
  };
  const table = (t: ReportTable, keys?: string[]) => {
    const cols = t.columns.filter((c) => (keys ? keys.includes(c.key) : c.key !== 'key' && c.key !== 'measure'));
    const w = WIDTH / cols.length;
    const row = (cells: string[], bold: boolean) => {
      room(16);
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5).fillColor('black');
      cells.forEach((c, i) => doc.text(c, LEFT + i * w, y, { width: w - 4, lineBreak: false, ellipsis: true }));
      doc.x = LEFT;
      doc.y = y + 13;
    };
    row(cols.map((c) => c.label), true);
    for (const r of t.rows) row(cols.map((c) => fmt(r[c.key])), false);
    if (t.tooFewCases) para('Te weinig zaken: minder dan 5, daarom geen percentages (kleine aantallen maken mensen herkenbaar).');
    doc.moveDown(0.5);
  };
  const bars = (title: string, items: { label: string; value: number | null }[]) => {
    const max = Math.max(1, ...items.map((i) => i.value ?? 0));
    const h = 110;
    room(h + 40);
    doc.font('Helvetica-Bold').fontSize(9).text(title, LEFT);
    const top = doc.y + 4;
    const bw = WIDTH / Math.max(1, items.length);
    items.forEach((it, i) => {
      const bh = ((it.value ?? 0) / max) * (h - 20);
      const x = LEFT + i * bw + 2;
      doc.rect(x, top + h - 20 - bh, bw - 4, bh).fill('#2b6cb0');
      doc.fillColor('black').font('Helvetica').fontSize(7);
      doc.text(fmt(it.value), x, top + h - 32 - bh, { width: bw - 4, align: 'center', lineBreak: false });
      doc.text(it.label, x, top + h - 16, { width: bw - 4, align: 'center', lineBreak: false, ellipsis: true });
    });
    doc.x = LEFT;
    doc.y = top + h + 4;
  };
  const get = (name: string) => p.report.tables.find((t) => t.name === name);

  doc.font('Helvetica-Bold').fontSize(20).text(`Jaarverslag ${p.year}`, LEFT);
  doc.font('Helvetica').fontSize(13).text(subject, LEFT);
  para(`Periode ${p.report.period.from} t/m ${p.report.period.to}. Alle cijfers zijn totalen; per groep van minder dan 5 zaken staan er geen cijfers.`);

  heading('Kerncijfers');
  const summary = get('summary');
  if (summary) {
    for (const r of summary.rows) para(`${fmt(r.label)}: ${fmt(r.value)}`);
    if (p.report.tooFewCases) para('Te weinig zaken in dit jaar voor cijfers.');
  }

  const months = get('referrals_per_month');
  if (months) {
    heading('Aanmeldingen per maand');
    bars(`Aanmeldingen ${p.year}`, months.rows.map((r) => ({ label: String(r.month).slice(5), value: typeof r.count === 'number' ? r.count : null })));
    table(months, ['month', 'count', 'previous_year']);
  }
  for (const name of ['by_type', 'by_source', 'by_route'] as const) {
    const t = get(name);
    if (!t) continue;
    heading(t.title);
    table(t, ['label', 'count', 'share']);
  }
  const tp = get('throughput');
  if (tp) {
    heading(tp.title);
    table(tp, ['label', 'cases', 'median_working_days', 'p90_working_days', 'norm_working_days', 'within_norm_share']);
  }
  const oc = get('outcomes');
  if (oc) {
    heading(oc.title);
    bars('Uitkomsten', oc.rows.map((r) => ({ label: String(r.label).split(' ')[0] ?? '', value: typeof r.count === 'number' ? r.count : null })));
    table(oc, ['label', 'count', 'share', 'written_agreement']);
  }
  const hours = get('hours');
  if (hours) {
    heading(hours.title);
    table(hours, ['municipality', 'minutes_supplied', 'minutes_used', 'net_minutes']);
  }
  heading('Gezondheid van de pool');
  para(`Actieve mediators: ${p.health.active}`);
  para(`In opleiding: ${p.health.inTraining}`);
  para(`Slapend: ${p.health.dormant}`);
  para(`Inactief: ${p.health.inactive}`);
  const cap = get('capacity');
  if (cap) table(cap, ['label', 'value']);
  const sat = get('satisfaction');
  if (sat) {
    heading(sat.title);
    table(sat, ['label', 'average', 'answers']);
  }
  doc.end();
  return done;
}
