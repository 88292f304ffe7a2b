import PDFDocument from 'pdfkit';
import { formatEuro, formatMinutes } from '../../../domain/settlement/index.js';
import { formatDutchDate, formatDutchDateTime } from '../../../domain/calendar/iso-date.js';
import type { SettlementFigures } from './figures.js';

export interface StatementMeta {
  status: 'draft' | 'final';
  contentHash: string | null;
  /** The pool's colour for the letterhead (`#rrggbb`); the pool has no logo setting, so its name and colour make the letterhead. */
  poolColour: string;
}

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

const LEFT = 50;
const BOTTOM = 770;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;

/** "10:30 uur (630 min)" */
const duration = (minutes: number) => `${formatMinutes(minutes)} uur (${minutes} min)`;
/** "€ +656,25" beside formatEuro's "€ -406,25". */
const signedEuro = (cents: number) => (cents > 0 ? `€ +${formatEuro(cents).slice(2)}` : formatEuro(cents));

/**
 * The statement of one municipality for one settlement, in Dutch: its lines per case number
 * (never party names), minutes and hours, rate and amounts per pair and year, its net position,
 * the transfers it pays or receives, and the check code of the final figures.
 *
 * A tagged PDF (PDF/UA structure: headings, paragraphs, tables with header cells, the language
 * nl-NL, the title shown in the window); the letterhead (pool name and colour band), the page
 * numbers ("Pagina 1 van 2") and a draft's CONCEPT mark on every page are artifacts, outside the
 * reading order (the status is also stated in the text).
 */
export function statementPdf(f: SettlementFigures, municipalityId: string, meta: StatementMeta): Promise<Buffer> {
  const names = new Map(f.municipalities.map((m) => [m.id, m.name]));
  const name = (id: string) => names.get(id) ?? id;
  const self = f.municipalities.find((m) => m.id === municipalityId);
  const position = f.positions.find((p) => p.municipalityId === municipalityId);
  const hourly = f.mode === 'hourly';
  const draft = meta.status === 'draft';
  const finalisedAt = f.finalisedAt ? new Date(f.finalisedAt) : null;
  const title = `${draft ? 'CONCEPT ' : ''}Verrekeningsoverzicht ${self?.name ?? ''} ${f.period.label}`.replace(/\s+/g, ' ').trim();

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 90, bottom: 50, left: LEFT, right: 50 },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: title,
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

  // The logical structure: everything that is read lives under one Document element.
  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (type: string, draw: () => void, options: Record<string, unknown> = {}) => {
    root.add(doc.struct(type, options, draw));
  };

  const ensureRoom = (height: number) => {
    if (doc.y + height > BOTTOM) doc.addPage();
  };
  const heading = (text: string, level: 'H1' | 'H2' = 'H2') => {
    ensureRoom(50);
    add(level, () => {
      if (level === 'H1') doc.font('Helvetica-Bold').fontSize(16).text(text, LEFT);
      else doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text, LEFT).moveDown(0.3);
    });
  };
  const paragraph = (text: string, bold = false) => {
    ensureRoom(20);
    add('P', () => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(text, LEFT, doc.y, { width: PAGE_WIDTH - 2 * LEFT });
    });
  };
  /** A table: a Table element with one TR per row, header cells TH (scope Column), data cells TD. */
  const table = (columns: Column[], rows: string[][], empty: string) => {
    if (rows.length === 0) {
      paragraph(empty);
      return;
    }
    const tableElement = doc.struct('Table');
    root.add(tableElement);
    const draw = (cells: string[], header: boolean) => {
      ensureRoom(16);
      const y = doc.y;
      let x = LEFT;
      const row = doc.struct('TR');
      tableElement.add(row);
      columns.forEach((c, i) => {
        const cellX = x;
        row.add(
          doc.struct(header ? 'TH' : 'TD', (header ? { scope: 'Column' } : {}) as PDFKit.Mixins.StructureElementOptions, () => {
            doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
            doc.text(cells[i] ?? '', cellX, y, { width: c.width - 6, align: c.align ?? 'left', lineBreak: false });
          }),
        );
        x += c.width;
      });
      row.end();
      doc.x = LEFT;
      doc.y = y + 14;
    };
    draw(columns.map((c) => c.title), true);
    for (const r of rows) draw(r, false);
    tableElement.end();
  };

  heading('Verrekeningsoverzicht', 'H1');
  doc.moveDown(0.3);
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

  if (f.loans) {
    // Lent hours between pools: settled by the pools, apart from the netting between municipalities.
    const loans = f.loans;
    heading('Uren tussen pools (buiten de verrekening tussen gemeenten)');
    paragraph(
      'Uren van mediators die een andere pool uitleende aan deze pool (geleend: deze pool betaalt) of die deze pool uitleende aan een andere pool (uitgeleend: deze pool ontvangt), tegen het tarief van de uitleenovereenkomst. Ze tellen niet mee in de saldi en overboekingen tussen gemeenten hierboven.',
    );
    const mine = loans.lines.filter((l) => l.municipalityId === municipalityId);
    table(
      [
        { title: 'Zaak', width: 80 },
        { title: 'Richting', width: 62 },
        { title: 'Andere pool', width: 193 },
        { title: 'Uren', width: 50, align: 'right' },
        { title: 'Tarief', width: 55, align: 'right' },
        { title: 'Bedrag', width: 55, align: 'right' },
      ],
      mine.map((l) => [
        l.caseNumber,
        l.direction === 'borrowed' ? 'geleend' : 'uitgeleend',
        l.partnerPool.name,
        formatMinutes(l.minutes),
        l.rateCents === null ? 'kosteloos' : formatEuro(l.rateCents),
        formatEuro(l.amountCents),
      ]),
      `Geen geleende of uitgeleende uren voor ${self?.name ?? 'deze gemeente'} in deze periode.`,
    );
    for (const p of loans.perPool) {
      const withPool = loans.lines.filter((l) => l.partnerPool.id === p.pool.id);
      if (withPool.some((l) => l.direction === 'borrowed')) paragraph(`${f.pool.name} betaalt ${p.pool.name}: ${formatEuro(p.owedCents)}`, true);
      if (withPool.some((l) => l.direction === 'lent')) paragraph(`${f.pool.name} ontvangt van ${p.pool.name}: ${formatEuro(p.receivableCents)}`, true);
    }
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
    paragraph('Controlecode van de vastgestelde cijfers:');
    ensureRoom(14);
    add('P', () => {
      doc.font('Courier').fontSize(8).text(meta.contentHash ?? '', LEFT, doc.y, { lineBreak: false });
    });
    doc.x = LEFT;
    doc.y += 12;
    paragraph(
      'De controlecode is een vingerafdruk van alle cijfers van deze verrekening, berekend bij het vaststellen (SHA-256). Verandert er ook maar één cijfer, dan verandert de code. Staat op uw overzicht dezelfde code als in Mediatorpool en op de overzichten van de andere gemeenten, dan gaan alle overzichten over precies dezelfde cijfers.',
    );
    paragraph('Een definitieve verrekening verandert niet meer; correcties komen in een latere periode.');
  } else {
    paragraph('Dit is een concept: de cijfers kunnen nog veranderen. De controlecode volgt bij het vaststellen.');
  }

  // Letterhead, the CONCEPT mark and the page numbers on every page, as artifacts.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.save().rect(0, 0, PAGE_WIDTH, 8).fill(meta.poolColour).restore();
    doc.font('Helvetica-Bold').fontSize(13).fillColor(meta.poolColour).text(f.pool.name, LEFT, 30, { width: PAGE_WIDTH - 2 * LEFT, lineBreak: false });
    doc.font('Helvetica').fontSize(9).fillColor('#333333').text(`Verrekening ${f.period.label} – ${self?.name ?? ''}`, LEFT, 50, { width: PAGE_WIDTH - 2 * LEFT, lineBreak: false });
    doc.save().moveTo(LEFT, 66).lineTo(PAGE_WIDTH - LEFT, 66).lineWidth(0.5).stroke(meta.poolColour).restore();
    doc.font('Helvetica').fontSize(9).fillColor('#333333').text(`Pagina ${i - range.start + 1} van ${range.count}`, LEFT, PAGE_HEIGHT - 40, { width: PAGE_WIDTH - 2 * LEFT, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    if (draft) {
      doc.markContent('Artifact', { type: 'Pagination' });
      doc.font('Helvetica-Bold').fontSize(12).fillColor('#b00020').text('CONCEPT', LEFT, 30, { width: PAGE_WIDTH - 2 * LEFT, align: 'right', lineBreak: false });
      doc.save().rotate(-35, { origin: [PAGE_WIDTH / 2, PAGE_HEIGHT / 2] }).font('Helvetica-Bold').fontSize(110).fillColor('#b00020', 0.08).text('CONCEPT', 0, PAGE_HEIGHT / 2 - 55, { width: PAGE_WIDTH, align: 'center', lineBreak: false }).restore();
      doc.endMarkedContent();
    }
    doc.fillColor('#000000', 1);
    doc.page.margins.bottom = bottomMargin;
  }
  root.end();
  doc.end();
  return done;
}
