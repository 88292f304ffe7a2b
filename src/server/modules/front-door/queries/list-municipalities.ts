// policy: public (the CBS list of Dutch municipalities is public reference data)
import type { FrontDoorMunicipalityList } from '../../../../contract/front-door.js';
import { referenceMunicipalities } from '../../../reference-data/municipalities.js';

/** Every Dutch municipality (CBS list), by name, for the questionnaire's choice. */
export function listMunicipalities(): FrontDoorMunicipalityList {
  const items = referenceMunicipalities()
    .map((m) => ({ code: m.code, name: m.name, province: m.province }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { items };
}
