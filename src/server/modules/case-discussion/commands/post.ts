import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { hasRole } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ReplyInput, StartThreadInput } from '../../../../contract/case-discussion.js';
import { canDiscussion, POOL } from '../policy.js';
import { loadThreadForActor } from '../load-thread.js';
import { assertAnonymous, partyDataOf } from '../post-guard.js';
import { follow, findLinkableCase, insertPost, insertThread } from '../repository.js';

const tidy = (s: string) => s.trim();

/**
 * Starts a thread with its first post. A case number, when given, must be a concluded case the
 * author worked on (else 400 on `caseNumber`, the same answer whether it exists or not); the
 * title and text pass the anonymisation guard, with that case's party data. The author follows
 * the thread.
 */
export async function startThread(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: StartThreadInput): Promise<string> {
  ensureCan(canDiscussion, actor, 'start', POOL, 'collection');
  const title = tidy(input.title).replace(/\s+/g, ' ');
  const body = tidy(input.body);
  if (!title) throw invalidField('title', 'required', 'Geef de draad een titel.');
  if (!body) throw invalidField('body', 'required', 'Schrijf uw bericht.');
  const number = input.caseNumber?.trim() || null;
  let caseId: string | null = null;
  if (number) {
    const linked = await findLinkableCase(trx, actor.poolId, number, { id: actor.userId, coordinator: hasRole(actor, 'coordinator') });
    if (!linked) throw invalidField('caseNumber', 'case-not-linkable', 'Noem alleen het nummer van een afgeronde zaak waaraan u zelf werkte.');
    caseId = linked.id;
  }
  assertAnonymous({ title, body }, await partyDataOf(trx, caseId));
  const threadId = await insertThread(trx, { poolId: actor.poolId, title, caseId, userId: actor.userId });
  const postId = await insertPost(trx, { poolId: actor.poolId, threadId, userId: actor.userId, body });
  await follow(trx, actor.poolId, threadId, actor.userId);
  await writeAudit(trx, ctx, { action: 'case-discussion.thread.start', objectType: 'discussion-thread', objectId: threadId, detail: { postId, caseId } });
  return threadId;
}

/** A reply in a thread, through the same guard (with the thread's linked case). */
export async function replyToThread(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, threadId: string, input: ReplyInput): Promise<string> {
  const { thread, object } = await loadThreadForActor(trx, actor, threadId);
  ensureCan(canDiscussion, actor, 'reply', object);
  const body = tidy(input.body);
  if (!body) throw invalidField('body', 'required', 'Schrijf uw bericht.');
  assertAnonymous({ body }, await partyDataOf(trx, thread.case_id));
  const postId = await insertPost(trx, { poolId: actor.poolId, threadId: thread.id, userId: actor.userId, body });
  await writeAudit(trx, ctx, { action: 'case-discussion.post.create', objectType: 'discussion-post', objectId: postId, detail: { threadId: thread.id } });
  return postId;
}
