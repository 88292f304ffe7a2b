// policy: public (which pools and initiatives serve a municipality: open information)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { DirectorySearch, DirectorySearchInput } from '../../../../contract/directory.js';
import { invalidField } from '../../../http/problem.js';
import { referenceMunicipalities } from '../../../reference-data/municipalities.js';
import { listDirectoryPools, listInitiatives } from '../repository.js';
import { presentDirectoryPool, presentInitiative } from '../present.js';

/** "zeist", "Zeist " and "Súdwest-Fryslân" as "sudwest-fryslan": the same municipality. */
const normalise = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** The municipality by CBS code or by name (as the CBS writes it, or without its suffix such as "(NH.)"). */
function resolveMunicipality(text: string) {
  const wanted = normalise(text);
  const byCode = /^gm[0-9]{4}$/.test(wanted) ? referenceMunicipalities().find((m) => m.code.toLowerCase() === wanted) : undefined;
  return byCode ?? referenceMunicipalities().find((m) => normalise(m.name) === wanted || normalise(m.cbsName) === wanted);
}

/** Which pools and initiatives serve a municipality ("which pool serves Zeist?"). */
export async function searchDirectory(db: Kysely<DB>, input: DirectorySearchInput): Promise<DirectorySearch> {
  const ref = resolveMunicipality(input.municipality);
  if (!ref) throw invalidField('municipality', 'unknown-municipality', 'Deze gemeente staat niet in de lijst van het CBS. Kies een gemeente uit de lijst.');
  const [pools, initiatives] = await Promise.all([listDirectoryPools(db), listInitiatives(db, { municipalityCodes: [ref.code] })]);
  return {
    municipality: { code: ref.code, name: ref.name, province: ref.province },
    pools: pools.filter((p) => p.municipalities.some((m) => m.code === ref.code)).map(presentDirectoryPool),
    initiatives: initiatives.map(presentInitiative),
  };
}
