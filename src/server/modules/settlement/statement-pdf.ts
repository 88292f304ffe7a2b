import PDFDocument from 'pdfkit';
import { formatEuro, formatMinutes } from '../../../domain/settlement/index.js';
import { formatDutchDate, formatDutchDateTime } from '../../../domain/calendar/iso-date.js';
import type { SettlementFigures } from './figures.js';

export interface StatementMeta {
  status: 'draft' | 'final';
  contentHash: string | null;
}

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

const LEFT = 50;
const BOTTOM = 790;

/** "10:30 uur (630 min)" */
const duration = (minutes: number) => `${formatMinutes(minutes)} uur (${minutes} min)`;
/** "€ +656,25" beside formatEuro's "€ -406,25". */
const signedEuro = (cents: number) => (cents > 0 ? `€ +${formatEuro(cents).slice(2)}` : formatEuro(cents));

/**
 * The statement of one municipality for one settlement, in Dutch: its lines per case number
 * (never party names), minutes and hours, rate and amounts per pair and year, its net position,
 * the transfers it pays or receives, and the content hash of the final figures.
 */
export function statementPdf(f: SettlementFigures, municipalityId: string, meta: StatementMeta): Promise<Buffer> {
  const names = new Map(f.municipalities.map((m) => [m.id, m.name]));
  const name = (id: string) => names.get(id) ?? id;
  const self = f.municipalities.find((m) => m.id === municipalityId);
  const position = f.positions.find((p) => p.municipalityId === municipalityId);
  const hourly = f.mode === 'hourly';
  const finalisedAt = f.finalisedAt ? new Date(f.finalisedAt) : null;

  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `Verrekeningsoverzicht ${self?.name ?? ''} ${f.period.label}`,
      Author: f.pool.name,
      Subject: 'Verrekening van mediation-uren tussen gemeenten',
      ...(finalisedAt ? { CreationDate: finalisedAt } : {}),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const ensureRoom = (height: number) => {
    if (doc.y + height > BOTTOM) doc.addPage();
  };
  const heading = (text: string) => {
    ensureRoom(50);
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text, LEFT).moveDown(0.3);
  };
  const paragraph = (text: string, bold = false) => {
    ensureRoom(20);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(text, LEFT);
  };
  const table = (columns: Column[], rows: string[][], empty: string) => {
    if (rows.length === 0) {
      paragraph(empty);
      return;
    }
    const draw = (cells: string[], bold: boolean) => {
      ensureRoom(16);
      const y = doc.y;
      let x = LEFT;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      columns.forEach((c, i) => {
        doc.text(cells[i] ?? '', x, y, { width: c.width - 6, align: c.align ?? 'left', lineBreak: false });
        x += c.width;
      });
      doc.x = LEFT;
      doc.y = y + 14;
    };
    draw(columns.map((c) => c.title), true);
    for (const r of rows) draw(r, false);
  };

  doc.font('Helvetica-Bold').fontSize(16).text('Verrekeningsoverzicht', LEFT);
  doc.font('Helvetica').fontSize(10).moveDown(0.3);
  paragraph(`Pool: ${f.pool.name}`);
  paragraph(`Gemeente: ${self ? `${self.name} (${self.code})` : municipalityId}`);
  paragraph(`Periode: ${f.period.label} (${formatDutchDate(f.period.start)} tot en met ${formatDutchDate(f.period.end)})`);
  paragraph(
    meta.status === 'final' && finalisedAt
      ? `Status: definitief, vastgesteld op ${formatDutchDateTime(finalisedAt)}`
      : 'Status: CONCEPT - deze cijfers kunnen nog veranderen',
  );
  paragraph(hourly ? 'Wijze: verrekening in geld tegen het gemiddelde uurtarief van de pool' : 'Wijze: alleen het urensaldo, zonder verrekening in geld');
  if (hourly && f.rates.length > 0) paragraph(`Uurtarief: ${f.rates.map((r) => `${r.year}: ${formatEuro(r.cents)}`).join('; ')}`);

  const supplied = f.lines.filter((l) => l.supplierId === municipalityId && l.userId !== municipalityId);
  const used = f.lines.filter((l) => l.userId === municipalityId && l.supplierId !== municipalityId);
  const own = f.lines.filter((l) => l.userId === municipalityId && l.supplierId === municipalityId);
  const lineColumns = (other: string): Column[] => [
    { title: 'Zaak', width: 95 },
    { title: other, width: 150 },
    { title: 'Jaar', width: 45 },
    { title: 'Minuten', width: 70, align: 'right' },
    { title: 'Uren', width: 70, align: 'right' },
    { title: 'Boekingen', width: 65, align: 'right' },
  ];
  const lineRow = (l: SettlementFigures['lines'][number], other: string) => [l.caseNumber, name(other), String(l.year), String(l.minutes), formatMinutes(l.minutes), String(l.entries)];

  heading(`Geleverd: mediators van ${self?.name ?? 'deze gemeente'} op zaken van andere gemeenten`);
  table(lineColumns('Afnemer'), supplied.map((l) => lineRow(l, l.userId)), 'Geen geleverde uren in deze periode.');
  heading(`Afgenomen: mediators van andere gemeenten op zaken van ${self?.name ?? 'deze gemeente'}`);
  table(lineColumns('Leverancier'), used.map((l) => lineRow(l, l.supplierId)), 'Geen afgenomen uren in deze periode.');
  if (own.length > 0) {
    heading('Eigen mediators op eigen zaken (niet verrekend)');
    table(lineColumns('Gemeente'), own.map((l) => lineRow(l, l.supplierId)), '');
  }

  const pairs = f.pairs.filter((p) => p.supplierId === municipalityId || p.userId === municipalityId);
  heading(hourly ? 'Bedragen per paar gemeenten en jaar (afgerond op hele centen)' : 'Uren per paar gemeenten en jaar');
  table(
    hourly
      ? [
          { title: 'Leverancier', width: 110 },
          { title: 'Afnemer', width: 110 },
          { title: 'Jaar', width: 40 },
          { title: 'Uren', width: 60, align: 'right' },
          { title: 'Tarief', width: 75, align: 'right' },
          { title: 'Bedrag', width: 100, align: 'right' },
        ]
      : [
          { title: 'Leverancier', width: 140 },
          { title: 'Afnemer', width: 140 },
          { title: 'Jaar', width: 50 },
          { title: 'Minuten', width: 80, align: 'right' },
          { title: 'Uren', width: 80, align: 'right' },
        ],
    pairs.flatMap((p) =>
      p.years.map((y) =>
        hourly
          ? [name(p.supplierId), name(p.userId), String(y.year), formatMinutes(y.minutes), formatEuro(y.rateCents ?? 0), formatEuro(y.amountCents ?? 0)]
          : [name(p.supplierId), name(p.userId), String(y.year), String(y.minutes), formatMinutes(y.minutes)],
      ),
    ),
    'Geen uren tussen deze gemeente en andere gemeenten in deze periode.',
  );

  heading('Saldo');
  const pos = position ?? { minutesSupplied: 0, minutesUsed: 0, netMinutes: 0, receivedCents: hourly ? 0 : null, paidCents: hourly ? 0 : null, netCents: hourly ? 0 : null };
  paragraph(`Geleverd: ${duration(pos.minutesSupplied)}`);
  paragraph(`Afgenomen: ${duration(pos.minutesUsed)}`);
  paragraph(`Netto uren: ${pos.netMinutes > 0 ? '+' : ''}${formatMinutes(pos.netMinutes)} uur (${pos.netMinutes} min)`);
  if (hourly) {
    paragraph(`Te ontvangen: ${formatEuro(pos.receivedCents ?? 0)}`);
    paragraph(`Te betalen: ${formatEuro(pos.paidCents ?? 0)}`);
    paragraph(`Netto: ${signedEuro(pos.netCents ?? 0)}`, true);
  }

  if (hourly) {
    heading('Overboekingen');
    const mine = f.transfers.filter((t) => t.fromId === municipalityId || t.toId === municipalityId);
    table(
      [
        { title: 'Van', width: 170 },
        { title: 'Aan', width: 170 },
        { title: 'Bedrag', width: 120, align: 'right' },
      ],
      mine.map((t) => [name(t.fromId), name(t.toId), formatEuro(t.amountCents)]),
      'Deze gemeente hoeft niets over te maken en ontvangt niets.',
    );
  }

  heading('Netto posities van alle gemeenten in de pool');
  table(
    [
      { title: 'Gemeente', width: 160 },
      { title: 'Geleverd', width: 75, align: 'right' },
      { title: 'Afgenomen', width: 75, align: 'right' },
      { title: 'Netto uren', width: 75, align: 'right' },
      ...(hourly ? [{ title: 'Netto', width: 110, align: 'right' as const }] : []),
    ],
    f.municipalities.map((m) => {
      const p = f.positions.find((x) => x.municipalityId === m.id);
      const row = [m.name, formatMinutes(p?.minutesSupplied ?? 0), formatMinutes(p?.minutesUsed ?? 0), formatMinutes(p?.netMinutes ?? 0)];
      return hourly ? [...row, signedEuro(p?.netCents ?? 0)] : row;
    }),
    'Geen gemeenten.',
  );

  heading('Controle');
  if (meta.contentHash) {
    paragraph('Controlegetal (SHA-256 van de canonieke JSON van de vastgestelde cijfers):');
    ensureRoom(14);
    doc.font('Courier').fontSize(8).text(meta.contentHash, LEFT, doc.y, { lineBreak: false });
    doc.x = LEFT;
    doc.y += 12;
    paragraph('Een definitieve verrekening verandert niet meer; correcties komen in een latere periode.');
  } else {
    paragraph('Dit is een concept; het controlegetal volgt bij het vaststellen.');
  }
  doc.end();
  return done;
}
