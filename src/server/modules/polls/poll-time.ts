import { fromAmsterdamLocal, toAmsterdamLocal } from '../../../domain/ical/index.js';
import { invalidField } from '../../http/problem.js';
import type { PollSlotInput } from '../../../contract/polls.js';

const MAX_SLOT_MINUTES = 12 * 60;

/** The offered slots (Amsterdam wall clock) as instants; 400 naming the slot at fault. */
export function slotInstants(slots: readonly PollSlotInput[], now = new Date()): { startsAt: Date; endsAt: Date }[] {
  const seen = new Set<string>();
  return slots.map((s, i) => {
    const from = fromAmsterdamLocal(s.date, s.start);
    const to = fromAmsterdamLocal(s.date, s.end);
    const name = `slots/${i}`;
    if (!from.ok || !to.ok) throw invalidField(`${name}/start`, 'invalid', 'Deze datum of tijd bestaat niet (de klok gaat die nacht een uur vooruit?).');
    if (to.instant <= from.instant) throw invalidField(`${name}/end`, 'before-start', 'Kies een eindtijd na de begintijd.');
    if (to.instant.getTime() - from.instant.getTime() > MAX_SLOT_MINUTES * 60_000) throw invalidField(`${name}/end`, 'too-long', 'Een moment duurt hoogstens 12 uur.');
    if (from.instant <= now) throw invalidField(`${name}/date`, 'past', 'Bied alleen momenten in de toekomst aan.');
    const key = `${from.instant.toISOString()}/${to.instant.toISOString()}`;
    if (seen.has(key)) throw invalidField(`${name}/date`, 'duplicate', 'Dit moment staat er al in.');
    seen.add(key);
    return { startsAt: from.instant, endsAt: to.instant };
  });
}

export const localParts = (startsAt: Date, endsAt: Date) => {
  const s = toAmsterdamLocal(startsAt);
  const e = toAmsterdamLocal(endsAt);
  return { date: s.date, start: s.time, end: e.time };
};
