// policy: public (the directory is open to anyone: pools, their municipalities and the initiatives, nothing personal)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Directory, MunicipalityOptionList } from '../../../../contract/directory.js';
import { MUNICIPALITY_LIST_DATE, referenceMunicipalities } from '../../../reference-data/municipalities.js';
import { listDirectoryPools, listInitiatives } from '../repository.js';
import { presentDirectoryPool, presentInitiative } from '../present.js';

/** Every pool of the installation and every initiative, for the directory's list and map. */
export async function getDirectory(db: Kysely<DB>): Promise<Directory> {
  const [pools, initiatives] = await Promise.all([listDirectoryPools(db), listInitiatives(db)]);
  return { pools: pools.map(presentDirectoryPool), initiatives: initiatives.map(presentInitiative) };
}

/** The CBS list for the directory's autocomplete. */
export function getMunicipalityOptions(): MunicipalityOptionList {
  return {
    referenceDate: MUNICIPALITY_LIST_DATE,
    items: referenceMunicipalities()
      .map((m) => ({ code: m.code, name: m.name, province: m.province, lat: m.lat, lon: m.lon }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
