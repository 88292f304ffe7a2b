import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PollAnswerValue } from '../../db/schema-community.js';
import { insertInvitee, insertPoll, insertSlots, replaceAnswers } from './repository.js';

/**
 * An open intervision poll for the demo pool, written straight (no mails): the slots, the invited
 * accounts and some of their answers, so the organiser sees a best slot and the others a poll to answer.
 */
export async function seedDemoPoll(
  db: Kysely<DB>,
  p: { poolId: string; organiserId: string; title: string; location: string; slots: { startsAt: Date; endsAt: Date }[]; invitees: string[]; answers: Record<string, PollAnswerValue[]> },
): Promise<string> {
  const { id } = await insertPoll(db, { pool_id: p.poolId, purpose: 'intervision-meeting', title: p.title, location: p.location, online_url: null, case_id: null, organiser_id: p.organiserId });
  const slots = await insertSlots(db, p.slots.map((s) => ({ poll_id: id, starts_at: s.startsAt, ends_at: s.endsAt })));
  for (const userId of p.invitees) {
    const invitee = await insertInvitee(db, { poll_id: id, user_id: userId });
    const answers = p.answers[userId];
    if (answers) await replaceAnswers(db, invitee.id, slots.map((s, i) => ({ slotId: s.id, answer: answers[i] ?? 'no' })));
  }
  return id;
}
