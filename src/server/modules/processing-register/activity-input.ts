import type { ProcessingActivityInput } from '../../../contract/processing-register.js';
import { badRequest } from '../../http/problem.js';

/** The register's fields trimmed; a field of only spaces is refused by name (the schema asks for one character). */
export function cleanActivityInput(input: ProcessingActivityInput): ProcessingActivityInput {
  const cleaned = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v.trim()])) as unknown as ProcessingActivityInput;
  const empty = Object.entries(cleaned).filter(([, v]) => v === '');
  if (empty.length) {
    throw badRequest(
      'Een of meer velden zijn niet ingevuld.',
      empty.map(([name]) => ({ name, code: 'required', reason: 'Vul dit veld in.' })),
    );
  }
  return cleaned;
}
