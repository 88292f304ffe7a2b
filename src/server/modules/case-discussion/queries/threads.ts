import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { pageFields } from '../../../db/paging.js';
import type { Digest, Thread, ThreadList } from '../../../../contract/case-discussion.js';
import { canDiscussion, POOL } from '../policy.js';
import { loadThreadForActor } from '../load-thread.js';
import { findDigest, findPosts, listThreads } from '../repository.js';

/** The pool's threads, the latest active first. */
export async function listThreadPage(db: Kysely<DB>, actor: Actor, input: { page?: number | undefined; pageSize?: number | undefined }): Promise<ThreadList> {
  ensureCan(canDiscussion, actor, 'list', POOL, 'collection');
  const paging = { page: input.page ?? 1, pageSize: input.pageSize ?? 25 };
  const { rows, counted } = await listThreads(db, actor.poolId, actor.userId, paging);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      caseNumber: r.case_number,
      startedBy: r.started_by,
      createdAt: r.created_at.toISOString(),
      lastPostAt: r.last_post_at.toISOString(),
      postCount: r.post_count ?? 0,
      following: Boolean(r.following),
    })),
    ...pageFields(paging, counted),
    allowedActions: allowedActions(canDiscussion, actor, POOL, ['start', 'set-digest']),
  };
}

/** One thread with its posts; a hidden post shows that it was hidden and why, not its text. */
export async function getThread(db: Kysely<DB>, actor: Actor, threadId: string): Promise<Thread> {
  const { thread, object } = await loadThreadForActor(db, actor, threadId);
  ensureCan(canDiscussion, actor, 'read', object);
  const posts = await findPosts(db, thread.id);
  return {
    id: thread.id,
    title: thread.title,
    caseNumber: thread.case_number,
    startedBy: thread.started_by,
    createdAt: thread.created_at.toISOString(),
    following: Boolean(thread.following),
    posts: posts.map((p) => {
      const hidden = p.hidden_at !== null;
      return {
        id: p.id,
        author: p.author,
        createdAt: p.created_at.toISOString(),
        body: hidden ? null : p.body,
        hidden,
        hiddenReason: hidden ? p.hidden_reason : null,
        allowedActions: allowedActions(canDiscussion, actor, { kind: 'post', hidden }, ['hide']),
      };
    }),
    allowedActions: allowedActions(canDiscussion, actor, object, ['reply', 'follow', 'unfollow']),
  };
}

/** One's own digest choice. */
export async function getDigest(db: Kysely<DB>, actor: Actor): Promise<Digest> {
  ensureCan(canDiscussion, actor, 'set-digest', POOL, 'collection');
  const row = await findDigest(db, actor.userId);
  return { frequency: row?.frequency ?? 'off', lastSentAt: row?.last_sent_at?.toISOString() ?? null };
}
