import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { canDiscussion, type DiscussionPolicyObject } from './policy.js';
import { findPost, findThread } from './repository.js';

export const threadObject = (t: { following: unknown }): DiscussionPolicyObject => ({ kind: 'thread', following: Boolean(t.following) });

/** A thread of the actor's pool that they may read; 404 otherwise (also for contacts and finance). */
export async function loadThreadForActor(db: Kysely<DB>, actor: Actor, threadId: string) {
  const thread = await findThread(db, actor.poolId, threadId, actor.userId);
  if (!thread) throw notFound();
  const object = threadObject(thread);
  ensureCan(canDiscussion, actor, 'read', object);
  return { thread, object };
}

/** A post of the actor's pool in a thread they may read; 404 otherwise. */
export async function loadPostForActor(db: Kysely<DB>, actor: Actor, postId: string, opts: { forUpdate?: boolean } = {}) {
  const post = await findPost(db, actor.poolId, postId, opts);
  if (!post) throw notFound();
  const object: DiscussionPolicyObject = { kind: 'post', hidden: post.hidden_at !== null };
  ensureCan(canDiscussion, actor, 'read', object);
  return { post, object };
}
