/**
 * The best slot of a date poll (issue 16, item 2): the most "yes", then the most "if need be";
 * a tie after both goes to the earliest slot, and the result says so, so the organiser sees why.
 */
export const POLL_ANSWERS = ['yes', 'maybe', 'no'] as const;
export type PollAnswer = (typeof POLL_ANSWERS)[number];

export interface PollSlot {
  readonly id: string;
  readonly startsAt: Date;
}

export interface SlotTally {
  readonly slotId: string;
  readonly yes: number;
  readonly maybe: number;
  readonly no: number;
  /** Invitees who have not answered for this slot. */
  readonly open: number;
}

export type BestSlotReason =
  /** Only this slot has the most yes. */
  | 'most-yes'
  /** Tied on yes; this one has the most if-need-be. */
  | 'most-maybe'
  /** Tied on yes and if-need-be; the earliest of the tied slots. */
  | 'earliest-of-tie'
  /** Nobody said yes or if-need-be to any slot. */
  | 'no-support';

export interface BestSlot {
  /** Null when there are no slots, or no slot has a yes or an if-need-be. */
  readonly slotId: string | null;
  readonly reason: BestSlotReason;
  /** The slots that tied with the best one before the deciding step (the best included). */
  readonly tiedWith: readonly string[];
  /** Every slot's count, best first. */
  readonly ranking: readonly SlotTally[];
}

export function tallySlots(slots: readonly PollSlot[], answers: readonly { slotId: string; answer: PollAnswer }[], invitees: number): SlotTally[] {
  return slots.map((s) => {
    const mine = answers.filter((a) => a.slotId === s.id);
    const yes = mine.filter((a) => a.answer === 'yes').length;
    const maybe = mine.filter((a) => a.answer === 'maybe').length;
    const no = mine.filter((a) => a.answer === 'no').length;
    return { slotId: s.id, yes, maybe, no, open: Math.max(0, invitees - yes - maybe - no) };
  });
}

export function bestSlot(slots: readonly PollSlot[], answers: readonly { slotId: string; answer: PollAnswer }[], invitees: number): BestSlot {
  const tallies = tallySlots(slots, answers, invitees);
  const start = new Map(slots.map((s) => [s.id, s.startsAt.getTime()]));
  const ranking = [...tallies].sort((a, b) => b.yes - a.yes || b.maybe - a.maybe || start.get(a.slotId)! - start.get(b.slotId)!);
  const top = ranking[0];
  if (!top || top.yes + top.maybe === 0) return { slotId: null, reason: 'no-support', tiedWith: [], ranking };
  const sameYes = ranking.filter((t) => t.yes === top.yes);
  if (sameYes.length === 1) return { slotId: top.slotId, reason: 'most-yes', tiedWith: [top.slotId], ranking };
  const sameBoth = sameYes.filter((t) => t.maybe === top.maybe);
  if (sameBoth.length === 1) return { slotId: top.slotId, reason: 'most-maybe', tiedWith: sameYes.map((t) => t.slotId), ranking };
  return { slotId: top.slotId, reason: 'earliest-of-tie', tiedWith: sameBoth.map((t) => t.slotId), ranking };
}
