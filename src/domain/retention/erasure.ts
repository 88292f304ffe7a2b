import type { CaseStatus } from '../cases/case-status.js';
import { FINAL_STATUSES } from '../cases/case-status.js';
import { termHasPassed, destroyableFrom } from './retention-terms.js';
import type { IsoDate } from '../calendar/iso-date.js';

/**
 * What of a party may be erased on request (AVG art. 17), case by case:
 * - while a case is open nothing goes: the mediation needs the data (art. 17(1)(a) does not apply);
 * - once every case is final the contact details (e-mail, phone, organisation, department) go: a
 *   closed file needs no way to reach the party;
 * - the name goes once the case file's term has passed for every case (before that the pool keeps
 *   the file, art. 17(3)(b) and (e)); a destroyed file holds no name any more.
 */
export interface PartyCase {
  number: string;
  status: CaseStatus;
  /** The day the case became final; null while it is open. */
  endedOn: IsoDate | null;
  destroyed: boolean;
}

export type ErasureScope = 'none' | 'contact' | 'all';

export interface ErasureDecision {
  scope: ErasureScope;
  /** Dutch: why something stays. */
  reasons: string[];
}

export function decideErasure(cases: readonly PartyCase[], caseFileMonths: number, today: IsoDate): ErasureDecision {
  const reasons: string[] = [];
  const open = cases.filter((c) => !FINAL_STATUSES.includes(c.status));
  for (const c of open) reasons.push(`Zaak ${c.number} loopt nog: de gegevens zijn nodig voor de mediation.`);
  if (open.length > 0) return { scope: 'none', reasons };
  let nameMayGo = true;
  for (const c of cases) {
    if (c.destroyed || !c.endedOn) continue;
    if (!termHasPassed(c.endedOn, caseFileMonths, today)) {
      nameMayGo = false;
      reasons.push(`Zaak ${c.number}: het dossier wordt bewaard tot en met ${destroyableFrom(c.endedOn, caseFileMonths)} (bewaartermijn); de naam blijft zo lang, de contactgegevens gaan.`);
    }
  }
  return { scope: nameMayGo ? 'all' : 'contact', reasons };
}
