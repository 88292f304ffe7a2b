import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { normaliseTags } from '../../../domain/community/search-text.js';
import { insertArticle, insertDocumentVersion, insertEditor, updateArticle, type ArticleValues } from './repository.js';

const a = (kind: ArticleValues['kind'], title: string, tags: string[], body: string, audience: { contacts?: boolean; finance?: boolean } = {}): ArticleValues => ({
  kind,
  title,
  tags: normaliseTags(tags),
  body_markdown: body.trim(),
  for_contacts: audience.contacts ?? false,
  for_finance: audience.finance ?? false,
});

/** The demo's knowledge base: the pool's templates, a method note, literature and what contacts may read. */
const ARTICLES: ArticleValues[] = [
  a('method_note', 'Het intakegesprek: een draaiboek', ['intake', 'methodiek'], `
## Doel van de intake

Een goede bemiddeling begint met een rustige intake met elke partij apart. U legt uit wat mediation is
(vrijwillig, vertrouwelijk, de partijen beslissen zelf) en toetst of de zaak geschikt is.

## Stappen

1. Stel uzelf voor en noem uw gemeente; vraag of de partij bezwaar heeft tegen een mediator van een buurgemeente.
2. Laat de partij het verhaal vertellen; vat samen zonder te oordelen.
3. Check de contra-indicaties: ernstige escalatie, bedreiging, verslaving of psychiatrische problematiek zonder vermogen afspraken te maken.
4. Bespreek de mediationovereenkomst en de vertrouwelijkheid.
5. Spreek af hoe het eerste gezamenlijke gesprek wordt gepland.

> Tip: noteer in de casuïstiek nooit namen van partijen; het zaaknummer is genoeg.
`),
  a('template', 'Sjabloon mediationovereenkomst', ['sjabloon', 'overeenkomst'], `
**Mediationovereenkomst** tussen de partijen en de mediator van de Mediatorpool Meppel en omstreken.

1. **Vrijwilligheid.** Partijen nemen vrijwillig deel en kunnen de mediation op elk moment beëindigen.
2. **Vertrouwelijkheid.** Wat in de mediation wordt besproken blijft vertrouwelijk; de mediator wordt niet als getuige opgeroepen.
3. **Onafhankelijkheid.** De mediator verklaart geen belang te hebben bij de uitkomst en elke relatie met een partij te hebben gemeld.
4. **Kosten.** De pool verrekent de uren tussen de gemeenten; partijen betalen niets.
5. **Resultaat.** Afspraken worden pas bindend in een ondertekende vaststellingsovereenkomst.

Plaats, datum en handtekeningen van de partijen en de mediator.
`),
  a('template', 'Verklaring van onafhankelijkheid van de mediator', ['sjabloon', 'belangenverstrengeling'], `
Ondergetekende, mediator van de pool, verklaart:

- geen persoonlijk belang te hebben bij de uitkomst van deze bemiddeling (MfN-gedragsregel 2.1);
- geen van de partijen eerder te hebben geadviseerd over dit geschil (2.2);
- elke relatie met een partij hieronder te hebben vermeld (2.3).

Gemelde relaties: ...
`),
  a('template', 'Intakeprotocol', ['intake', 'protocol'], `
Het intakeprotocol van de pool: **binnen 5 werkdagen** eerste contact met de verwijzer, **binnen 10 werkdagen**
een mediator voorgesteld. Bij bezwaarschriften geldt de Awb-termijn; spreek met de verwijzer af of de
beslistermijn wordt verdaagd.
`),
  a('template', 'Privacyprotocol van de pool (AVG)', ['privacy', 'avg', 'protocol'], `
## Welke gegevens

Van partijen legt de pool alleen vast wat nodig is voor de bemiddeling: naam, rol en contactgegevens.
Inhoud van gesprekken staat niet in het systeem.

## Wie ziet wat

- De coördinator en de mediator van de zaak zien de zaak.
- De verwijzer ziet de status en, als de partijen dat toestaan, de uitkomst.
- Elke inzage wordt vastgelegd.

## Bewaren

Dossiers worden vijf jaar na afloop vernietigd.
`, { contacts: true }),
  a('template', 'Statuut van de mediatorpool', ['statuut', 'convenant'], `
De gemeenten Meppel, Steenwijkerland, Westerveld, Staphorst en Zwartewaterland werken sinds 2013 samen in
een mediatorpool. Elke gemeente levert ten minste één mediator. Uren worden per kwartaal verrekend tegen
het gemiddelde uurtarief van de pool. Een mediator wordt nooit ingezet in een zaak van de eigen gemeente.
`, { contacts: true, finance: true }),
  a('article', 'Zo meldt u een zaak aan', ['aanmelden', 'verwijzer'], `
Een contactpersoon van een gemeente meldt een zaak aan via **Zaken → Aanmelden**. Beschrijf het conflict
kort, zonder details die de partijen liever niet delen. De coördinator neemt binnen vijf werkdagen contact op
en kiest met u de beste route: formele bemiddeling, de informele aanpak of een doorverwijzing.
`, { contacts: true }),
  a('literature', 'Literatuur: conflicthantering bij de overheid', ['literatuur'], `
- *Prettig contact met de overheid*, Ministerie van BZK: de informele aanpak van bezwaarschriften.
- MfN-register: de eisen voor permanente educatie (48 PE-punten per drie jaar, waarvan intervisie).
- Stappen in Conflictbemiddeling: voorportalen en triage van conflicten.
`),
];

/**
 * The demo pool's knowledge base: the articles above by the coordinator, the demo mediator as
 * editor (so she can try writing), one article with a second version. Only when the pool has
 * none yet.
 */
export async function seedDemoKnowledgeBase(trx: Kysely<DB>, poolId: string): Promise<void> {
  const existing = await trx.selectFrom('knowledge_article').select('id').where('pool_id', '=', poolId).executeTakeFirst();
  if (existing) return;
  const people = await trx.selectFrom('app_user').select(['id', 'roles']).where('pool_id', '=', poolId).where('active', '=', true).orderBy('created_at').execute();
  const coordinator = people.find((p) => p.roles.includes('coordinator'));
  const mediator = people.find((p) => p.roles.includes('mediator') && !p.roles.includes('coordinator'));
  if (!coordinator) return;
  for (const article of ARTICLES) await insertArticle(trx, poolId, coordinator.id, article);
  if (mediator) {
    await insertEditor(trx, poolId, mediator.id, coordinator.id);
    const intake = await trx.selectFrom('knowledge_article').select(['id', 'title', 'body_markdown', 'kind', 'tags', 'for_contacts', 'for_finance']).where('pool_id', '=', poolId).where('title', '=', ARTICLES[0]!.title).executeTakeFirstOrThrow();
    const v: ArticleValues = { kind: intake.kind, title: intake.title, body_markdown: `${intake.body_markdown}\n\n## Na de intake\n\nStuur de verwijzer binnen twee werkdagen een korte bevestiging, zonder inhoud.`, tags: intake.tags, for_contacts: intake.for_contacts, for_finance: intake.for_finance };
    await updateArticle(trx, poolId, intake.id, 1, mediator.id, v, 'Stap na de intake toegevoegd');
  }
  // The model agreement as a file of its own, in two versions, so the document history can be tried at once.
  const agreement = await trx.selectFrom('knowledge_article').select('id').where('pool_id', '=', poolId).where('title', '=', 'Sjabloon mediationovereenkomst').executeTakeFirst();
  if (agreement) {
    const versions = [
      { text: 'Model mediationovereenkomst (2025)', note: null, filename: 'Mediationovereenkomst 2025.pdf' },
      { text: 'Model mediationovereenkomst (2026): met de privacyparagraaf', note: 'Privacyparagraaf toegevoegd', filename: 'Mediationovereenkomst 2026.pdf' },
    ];
    for (const [i, d] of versions.entries()) {
      const content = demoPdf(d.text);
      await insertDocumentVersion(trx, {
        pool_id: poolId,
        article_id: agreement.id,
        version: i + 1,
        filename: d.filename,
        content_type: 'application/pdf',
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        change_note: d.note,
        uploaded_by: coordinator.id,
      });
    }
  }
}

/** A one-page PDF with one line of text (Helvetica), enough for any viewer to open. */
function demoPdf(line: string): Buffer {
  const text = line.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
