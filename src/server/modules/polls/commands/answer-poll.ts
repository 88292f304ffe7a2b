import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { sha256 } from '../../../auth/tokens.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { AnswerPollInput } from '../../../../contract/polls.js';
import { canPoll } from '../policy.js';
import { loadPollForActor } from '../load-poll.js';
import { findInviteeByToken, findPoll, findSlots, replaceAnswers } from '../repository.js';
import { checkAnswers, pollClosed, pollLinkExpired, pollLinkUnknown } from '../poll-rules.js';
import { notFound } from '../../../http/problem.js';

/** An invited account answers (or changes its answers) while the poll is open; a fixed poll: 409, nothing changed. */
export async function answerPoll(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, pollId: string, input: AnswerPollInput) {
  const { poll, inviteeId, object } = await loadPollForActor(trx, actor, pollId, { forUpdate: true });
  if (inviteeId === null) throw notFound();
  if (!canPoll(actor, 'answer', object)) throw pollClosed(poll.status);
  checkAnswers((await findSlots(trx, pollId)).map((s) => s.id), input.answers);
  await replaceAnswers(trx, inviteeId, input.answers);
  await writeAudit(trx, ctx, { action: 'date-poll.answer', objectType: 'date-poll', objectId: pollId, detail: { slots: input.answers.length } });
}

/** The invitee behind a personal link: unknown 404, the poll closed 409, expired 410. */
export async function inviteeByLink(db: Kysely<DB>, token: string) {
  const invitee = await findInviteeByToken(db, sha256(token));
  if (!invitee) throw pollLinkUnknown();
  return invitee;
}

/** A party answers through their personal link (no account: the token is the permission). */
export async function answerPollByLink(trx: Kysely<DB>, ctx: AuditContext, token: string, input: AnswerPollInput) {
  const invitee = await inviteeByLink(trx, token);
  const poll = (await findPoll(trx, invitee.pool_id, invitee.poll_id, { forUpdate: true }))!;
  if (poll.status !== 'open') throw pollClosed(poll.status);
  if (invitee.token_expires_at && invitee.token_expires_at.getTime() <= Date.now()) throw pollLinkExpired();
  checkAnswers((await findSlots(trx, poll.id)).map((s) => s.id), input.answers);
  await replaceAnswers(trx, invitee.id, input.answers);
  await writeAudit(trx, { ...ctx, poolId: poll.pool_id }, { action: 'date-poll.answer-by-link', objectType: 'date-poll', objectId: poll.id, detail: { invitee: invitee.id, slots: input.answers.length } });
}
