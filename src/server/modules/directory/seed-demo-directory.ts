// policy: the system (the demo seed, before anyone signs in)
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { InitiativeInput } from '../../../contract/directory.js';
import { initiativeCount, insertInitiative } from './repository.js';

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

/** The demo's initiatives, once: a second start leaves the list as it is. */
export async function seedDemoDirectory(db: Kysely<DB>): Promise<void> {
  if ((await initiativeCount(db)) > 0) return;
  for (const i of DEMO_INITIATIVES) await insertInitiative(db, i);
}
