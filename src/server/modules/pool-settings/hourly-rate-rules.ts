import { invalidField } from '../../http/problem.js';

/** An hourly rate above € 10.000 is a typo (cents typed as euros twice), not a rate. */
export const MAX_RATE_CENTS = 1_000_000;

export function checkCents(cents: number): void {
  if (cents <= 0) throw invalidField('cents', 'positive', 'Het uurtarief moet groter zijn dan € 0,00 (bedrag in centen, bijvoorbeeld 6250 voor € 62,50).');
  if (cents > MAX_RATE_CENTS) throw invalidField('cents', 'maximum', 'Het uurtarief is onwaarschijnlijk hoog; geef het bedrag in centen (6250 is € 62,50).');
}
