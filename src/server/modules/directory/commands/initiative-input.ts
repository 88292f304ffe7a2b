// policy: a step of the initiative commands, called only after they asked canDirectory
import type { InitiativeInput } from '../../../../contract/directory.js';
import { invalidField } from '../../../http/problem.js';
import { findReferenceMunicipality } from '../../../reference-data/municipalities.js';

/** The checks the schema cannot make: a name that is not blank, CBS codes that exist, a place to serve. */
export function checkInitiativeInput(input: InitiativeInput): void {
  if (!input.name.trim()) throw invalidField('name', 'required', 'Vul de naam van het initiatief in.');
  const unknown = input.municipalityCodes.find((code) => !findReferenceMunicipality(code));
  if (unknown) throw invalidField('municipalityCodes', 'unknown', `${unknown} staat niet in de CBS-lijst van gemeenten.`);
  if (input.municipalityCodes.length === 0 && !input.region?.trim()) {
    throw invalidField('municipalityCodes', 'required', 'Kies ten minste één gemeente, of vul de regio in.');
  }
}
