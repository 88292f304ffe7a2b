// policy: the system (the demo seed, before anyone signs in)
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { InitiativeInput } from '../../../contract/directory.js';
import { initiativeCount, insertInitiative, poolsNamed, seedPoolText } from './repository.js';

/** Illustrative initiatives beside the two demo pools (issue 15, item 6): names of kinds, no real addresses of people. */
export const DEMO_INITIATIVES: InitiativeInput[] = [
  {
    name: 'Buurtbemiddeling Zeist',
    kind: 'neighbourhood_mediation',
    municipalityCodes: ['GM0355'],
    region: null,
    url: 'https://www.buurtbemiddeling.nl/',
    description: 'Getrainde vrijwilligers helpen buren om samen een oplossing te vinden voor overlast of ruzie.',
  },
  {
    name: 'Informele aanpak Meppel en omstreken',
    kind: 'informal_approach',
    municipalityCodes: ['GM0119', 'GM1708', 'GM1701', 'GM0180', 'GM1896'],
    region: null,
    url: null,
    description: 'Bij een bezwaar of klacht belt een medewerker van de gemeente eerst op, om samen te kijken wat er speelt.',
  },
  {
    name: 'Het Juridisch Loket',
    kind: 'legal_advice',
    municipalityCodes: [],
    region: 'Heel Nederland',
    url: 'https://www.juridischloket.nl/',
    description: 'Gratis juridisch advies voor wie een conflict heeft en wil weten wat zijn rechten zijn.',
  },
];

/** The demo pools' own words on their public pages, by pool name (issue 15, item 3). */
export const DEMO_POOL_TEXTS: Record<string, { description: string; howToAsk: string }> = {
  'Mediatorpool Meppel en omstreken': {
    description:
      'Sinds 2013 werken Meppel, Westerveld, De Wolden, Staphorst en Zwartewaterland samen in één pool van mediators. Zij zijn in dienst van een van de gemeenten en opgeleid als MfN-registermediator.\n\nWij helpen bij conflicten op het werk, tussen inwoners en de gemeente (bijvoorbeeld over een besluit) en tussen buren. Een mediator komt altijd uit een andere gemeente dan die van de partijen.',
    howToAsk:
      'Werkt u bij een van onze gemeenten? Vraag uw leidinggevende of HR-adviseur om u aan te melden. Bent u inwoner en heeft u een conflict met de gemeente? Meld u zelf aan via het voorportaal, of bel of mail ons.\n\nBinnen vijf werkdagen neemt de coördinator contact met u op. Mediation is vrijwillig en vertrouwelijk, en kost u niets.',
  },
  'Regionaal Mediatorsnetwerk': {
    description:
      'Een netwerk van gemeentelijke mediators in de regio Utrecht, het Gooi en Eemland. De gemeenten lenen elkaar mediators uit, zodat er altijd een onafhankelijke mediator beschikbaar is.',
    howToAsk: 'Meld een conflict aan via de contactpersoon van uw gemeente of mail het netwerk. U hoort binnen een week wie uw mediator wordt.',
  },
  'Mediatorpool Nuenen, Best en Son en Breugel': {
    description: 'Drie gemeenten in Brabant met een gezamenlijke pool van mediators voor arbeidsconflicten en conflicten tussen inwoners en de gemeente.',
    howToAsk: 'Vraag de afdeling HR of de klachtencoördinator van uw gemeente om een aanmelding bij de pool.',
  },
};

/** The demo's initiatives, once: a second start leaves the list as it is; and the demo pools' texts, where a pool has none. */
export async function seedDemoDirectory(db: Kysely<DB>): Promise<void> {
  const pools = await poolsNamed(db, Object.keys(DEMO_POOL_TEXTS));
  for (const p of pools) await seedPoolText(db, p.id, DEMO_POOL_TEXTS[p.name]!);
  if ((await initiativeCount(db)) > 0) return;
  for (const i of DEMO_INITIATIVES) await insertInitiative(db, i);
}
