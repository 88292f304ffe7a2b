import { fromAmsterdamLocal, toAmsterdamLocal } from '../../../domain/ical/index.js';
import { ProblemError, invalidField } from '../../http/problem.js';

/** The longest session we accept; anything longer is a typo (e.g. am/pm), not a conversation. */
const MAX_SESSION_MINUTES = 12 * 60;

/** A session's date, start and end (Amsterdam wall clock) as instants; 400 with the field at fault. */
export function sessionInstants(date: string, start: string, end: string): { startsAt: Date; endsAt: Date } {
  const from = fromAmsterdamLocal(date, start);
  if (!from.ok) {
    throw from.reason === 'nonexistent'
      ? invalidField('start', 'nonexistent-time', 'Deze tijd bestaat niet op die dag: de klok gaat dan een uur vooruit.')
      : invalidField('date', 'invalid', 'Ongeldige datum of tijd.');
  }
  const to = fromAmsterdamLocal(date, end);
  if (!to.ok) {
    throw to.reason === 'nonexistent'
      ? invalidField('end', 'nonexistent-time', 'Deze tijd bestaat niet op die dag: de klok gaat dan een uur vooruit.')
      : invalidField('date', 'invalid', 'Ongeldige datum of tijd.');
  }
  if (to.instant.getTime() <= from.instant.getTime()) {
    throw new ProblemError(400, 'invalid-input', 'De invoer is niet geldig.', 'Het gesprek eindigt vóór (of op) het begin.', [
      { name: 'end', code: 'before-start', reason: 'Kies een eindtijd na de begintijd.' },
    ]);
  }
  if (to.instant.getTime() - from.instant.getTime() > MAX_SESSION_MINUTES * 60_000) {
    throw invalidField('end', 'too-long', 'Een gesprek duurt hoogstens 12 uur.');
  }
  return { startsAt: from.instant, endsAt: to.instant };
}

export const localParts = (startsAt: Date, endsAt: Date) => {
  const s = toAmsterdamLocal(startsAt);
  const e = toAmsterdamLocal(endsAt);
  return { date: s.date, start: s.time, end: e.time };
};
