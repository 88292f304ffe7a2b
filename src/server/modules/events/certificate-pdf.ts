import PDFDocument from 'pdfkit';
import { formatDutchDate, formatDutchDateTime, isoDateInZone } from '../../../domain/calendar/iso-date.js';

export interface CertificateFacts {
  poolName: string;
  poolColour: string;
  attendeeName: string;
  title: string;
  kindLabel: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  points: number;
  pointsKind: 'training' | 'intervision';
  organiserName: string;
  /** When attendance was recorded: the certificate's date, so the same certificate comes out each time. */
  issuedAt: Date;
}

const LEFT = 60;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;

/**
 * The certificate of attendance with the PE points, in Dutch, in the house style of the
 * settlement statement: a tagged PDF (headings, paragraphs, the language nl-NL, the title shown in
 * the window); the letterhead (pool name and colour band) is an artifact outside the reading order.
 */
export function certificatePdf(f: CertificateFacts): Promise<Buffer> {
  const title = `Certificaat van deelname: ${f.title} – ${f.attendeeName}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 110, bottom: 60, left: LEFT, right: LEFT },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: title, Author: f.poolName, Subject: 'Certificaat van deelname met PE-punten', CreationDate: f.issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.markContent('Artifact', { type: 'Pagination' });
  doc.save().rect(0, 0, PAGE_WIDTH, 10).fill(f.poolColour).restore();
  doc.font('Helvetica-Bold').fontSize(14).fillColor(f.poolColour).text(f.poolName, LEFT, 40, { width: PAGE_WIDTH - 2 * LEFT, lineBreak: false });
  doc.save().moveTo(LEFT, 70).lineTo(PAGE_WIDTH - LEFT, 70).lineWidth(0.5).stroke(f.poolColour).restore();
  doc.save().rect(0, PAGE_HEIGHT - 10, PAGE_WIDTH, 10).fill(f.poolColour).restore();
  doc.endMarkedContent();
  doc.fillColor('#000000');

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = PAGE_WIDTH - 2 * LEFT;
  const add = (type: string, draw: () => void) => root.add(doc.struct(type, {}, draw));
  const para = (text: string, size = 11, bold = false) =>
    add('P', () => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).text(text, LEFT, doc.y, { width });
      doc.moveDown(0.4);
    });

  add('H1', () => {
    doc.font('Helvetica-Bold').fontSize(26).text('Certificaat van deelname', LEFT, 130, { width, align: 'center' });
    doc.moveDown(1.2);
  });
  para('Hierbij verklaart', 12);
  add('P', () => {
    doc.font('Helvetica-Bold').fontSize(20).text(f.attendeeName, LEFT, doc.y, { width });
    doc.moveDown(0.6);
  });
  para(`aanwezig te zijn geweest bij de ${f.kindLabel.toLowerCase()}`, 12);
  add('P', () => {
    doc.font('Helvetica-Bold').fontSize(16).text(f.title, LEFT, doc.y, { width });
    doc.moveDown(1);
  });
  add('H2', () => {
    doc.font('Helvetica-Bold').fontSize(12).text('Gegevens', LEFT, doc.y, { width });
    doc.moveDown(0.3);
  });
  const sameDay = isoDateInZone(f.startsAt) === isoDateInZone(f.endsAt);
  para(`Datum en tijd: ${formatDutchDateTime(f.startsAt)} tot ${sameDay ? new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(f.endsAt) : formatDutchDateTime(f.endsAt)}`);
  para(`Plaats: ${f.place}`);
  para(`Organisator: ${f.organiserName}, ${f.poolName}`);
  para(
    f.points > 0
      ? `PE-punten: ${f.points} (${f.pointsKind === 'intervision' ? 'intervisie' : 'opleiding'}), voor het onderhoud van de MfN-registratie`
      : 'PE-punten: geen (deze bijeenkomst telt niet mee voor de MfN-registratie)',
    12,
    true,
  );
  doc.moveDown(1);
  para(`Uitgegeven op ${formatDutchDate(isoDateInZone(f.issuedAt))} door ${f.poolName}. De aanwezigheid is vastgelegd door de organisator.`, 9);

  root.end();
  doc.end();
  return done;
}
