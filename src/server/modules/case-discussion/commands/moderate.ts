import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { DigestFrequency, HidePostInput } from '../../../../contract/case-discussion.js';
import { canDiscussion, POOL } from '../policy.js';
import { loadPostForActor, loadThreadForActor } from '../load-thread.js';
import { follow, hidePost, unfollow, upsertDigest } from '../repository.js';

/** A coordinator hides a post (its text is no longer shown), with a reason; audited. */
export async function hideDiscussionPost(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, postId: string, input: HidePostInput): Promise<string> {
  const { post, object } = await loadPostForActor(trx, actor, postId, { forUpdate: true });
  // The role first (403 for a mediator), then the state (409 when hidden already).
  ensureCan(canDiscussion, actor, 'hide', { ...object, hidden: false }, 'collection');
  if (post.hidden_at !== null) throw conflict('Dit bericht is al verborgen.', 'post-hidden');
  const reason = input.reason.trim();
  if (!reason) throw invalidField('reason', 'required', 'Geef de reden waarom het bericht verborgen wordt.');
  if (!(await hidePost(trx, post.id, actor.userId, reason))) throw conflict('Dit bericht is al verborgen.', 'post-hidden');
  await writeAudit(trx, ctx, { action: 'case-discussion.post.hide', objectType: 'discussion-post', objectId: post.id, detail: { threadId: post.thread_id, authorId: post.author_id, reason } });
  return post.thread_id;
}

/** Follow or stop following a thread (idempotent). */
export async function setFollowing(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, threadId: string, following: boolean): Promise<void> {
  const { thread, object } = await loadThreadForActor(trx, actor, threadId);
  ensureCan(canDiscussion, actor, 'read', object);
  const changed = following ? await follow(trx, actor.poolId, thread.id, actor.userId) : await unfollow(trx, thread.id, actor.userId);
  if (changed) await writeAudit(trx, ctx, { action: following ? 'case-discussion.thread.follow' : 'case-discussion.thread.unfollow', objectType: 'discussion-thread', objectId: thread.id });
}

/** One's own digest choice: none, daily or weekly. */
export async function setDigest(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, frequency: DigestFrequency): Promise<void> {
  ensureCan(canDiscussion, actor, 'set-digest', POOL, 'collection');
  await upsertDigest(trx, actor.poolId, actor.userId, frequency);
  await writeAudit(trx, ctx, { action: 'case-discussion.digest.set', objectType: 'user', objectId: actor.userId, detail: { frequency } });
}
