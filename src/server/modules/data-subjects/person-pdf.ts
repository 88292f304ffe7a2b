import PDFDocument from 'pdfkit';
import type { PersonExport } from '../../../contract/data-subjects.js';
import { formatDutchDateTime } from '../../../domain/calendar/iso-date.js';

const LEFT = 50;
const WIDTH = 595.28 - 2 * LEFT;

const KIND = { party: 'partij', user: 'gebruiker', mediator: 'mediator' } as const;

/**
 * The readable form of an access request's answer (AVG art. 15), in Dutch: who the person is to
 * the pool, every case they were in, every row held about them (field by field) and every
 * recorded read of their data, with what an erasure would remove. A tagged PDF (headings and
 * paragraphs in reading order, language nl-NL), as the settlement statement.
 */
export function personPdf(e: PersonExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 60, bottom: 50, left: LEFT, right: LEFT },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: `Inzage persoonsgegevens ${e.person.name}`, Author: e.pool, Subject: 'Inzageverzoek (AVG art. 15)' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (type: string, draw: () => void) => root.add(doc.struct(type, {}, draw));
  const heading = (text: string, level: 'H1' | 'H2' | 'H3' = 'H2') =>
    add(level, () => {
      const size = level === 'H1' ? 16 : level === 'H2' ? 12 : 10;
      if (level !== 'H1') doc.moveDown(0.6);
      doc.font('Helvetica-Bold').fontSize(size).text(text, LEFT, doc.y, { width: WIDTH }).moveDown(0.2);
    });
  const para = (text: string) => add('P', () => doc.font('Helvetica').fontSize(9).text(text, LEFT, doc.y, { width: WIDTH }));
  const when = (iso: string) => formatDutchDateTime(new Date(iso));

  heading(`Inzage in persoonsgegevens: ${e.person.name}`, 'H1');
  para(`Pool: ${e.pool}. Soort: ${KIND[e.person.kind]}. ${e.person.email ? `E-mail: ${e.person.email}. ` : ''}Opgesteld op ${when(e.generatedAt)}.`);
  para('Dit overzicht bevat alle gegevens die de pool over u bewaart, de zaken waarin u voorkwam en wie uw gegevens wanneer heeft ingezien, met het doel dat daarbij is vastgelegd.');

  heading(`Zaken (${e.cases.length})`);
  if (e.cases.length === 0) para('Geen zaken.');
  for (const c of e.cases) {
    para(`${c.number}: ${c.caseType}, ${c.status}, aangemeld ${c.referredOn}${c.endedOn ? `, afgesloten ${c.endedOn}` : ''}; rol: ${c.role}${c.destroyed ? '; dossier vernietigd' : ''}.`);
  }

  heading(`Vastgelegde gegevens (${e.records.length})`);
  for (const r of e.records) {
    heading(`${r.table} ${r.id}`, 'H3');
    para(Object.entries(r.fields).map(([k, v]) => `${k}: ${v === null ? '—' : String(v)}`).join('\n'));
  }

  heading(`Wie heeft uw gegevens ingezien (${e.reads.length})`);
  if (e.reads.length === 0) para('Geen vastgelegde inzage.');
  for (const r of e.reads) {
    para(`${when(r.at)}: ${r.actor}, ${r.action}, doel: ${r.purpose}${r.caseNumber ? `, zaak ${r.caseNumber}` : r.objectId ? `, ${r.objectType} ${r.objectId}` : ''}.`);
  }

  heading('Verwijderen');
  para(e.erasure.scope === 'all' ? 'Uw gegevens kunnen op verzoek worden verwijderd.' : e.erasure.scope === 'contact' ? 'Uw contactgegevens kunnen op verzoek worden verwijderd; uw naam blijft zolang de bewaartermijn loopt.' : 'Op dit moment kan niets worden verwijderd.');
  for (const reason of e.erasure.reasons) para(reason);
  doc.end();
  return done;
}
