import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { cappedCount, pageWindow, type PageRequest } from '../../db/paging.js';
import type { DigestFrequency } from '../../../contract/case-discussion.js';

/** All of the case discussion's SQL. */

/** The statuses of a case whose mediation has ended: only such a case may be named in a thread. */
export const CONCLUDED_STATUSES = ['concluded', 'aftercare', 'closed'] as const;

/**
 * A concluded case of the pool by its number, when this user worked on it: as one of its mediators
 * (now or earlier), or as a coordinator of the pool (they coordinate every case).
 */
export async function findLinkableCase(db: Kysely<DB>, poolId: string, number: string, user: { id: string; coordinator: boolean }) {
  let q = db
    .selectFrom('mediation_case as c')
    .select(['c.id', 'c.number'])
    .where('c.pool_id', '=', poolId)
    .where(sql<boolean>`upper(c.number) = upper(${number})`)
    .where('c.status', 'in', [...CONCLUDED_STATUSES]);
  if (!user.coordinator) {
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('case_mediator as cm').innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id').select('cm.case_id').whereRef('cm.case_id', '=', 'c.id').where('mp.user_id', '=', user.id),
      ),
    );
  }
  return q.executeTakeFirst();
}

/** The party data of a case the anonymisation guard looks for. */
export async function casePartyData(db: Kysely<DB>, caseId: string) {
  return db.selectFrom('case_party').select(['name', 'email', 'phone']).where('case_id', '=', caseId).execute();
}

export async function insertThread(trx: Kysely<DB>, v: { poolId: string; title: string; caseId: string | null; userId: string }): Promise<string> {
  const row = await trx.insertInto('case_discussion_thread').values({ pool_id: v.poolId, title: v.title, case_id: v.caseId, created_by: v.userId }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertPost(trx: Kysely<DB>, v: { poolId: string; threadId: string; userId: string; body: string }): Promise<string> {
  const row = await trx.insertInto('case_discussion_post').values({ pool_id: v.poolId, thread_id: v.threadId, author_id: v.userId, body: v.body }).returning('id').executeTakeFirstOrThrow();
  await trx.updateTable('case_discussion_thread').set({ last_post_at: new Date() }).where('id', '=', v.threadId).execute();
  return row.id;
}

export async function findThread(db: Kysely<DB>, poolId: string, threadId: string, userId: string) {
  return db
    .selectFrom('case_discussion_thread as t')
    .innerJoin('app_user as u', 'u.id', 't.created_by')
    .leftJoin('mediation_case as c', 'c.id', 't.case_id')
    .select(['t.id', 't.pool_id', 't.title', 't.case_id', 't.created_at', 't.last_post_at', 'u.name as started_by', 'c.number as case_number'])
    .select((eb) => eb.exists(eb.selectFrom('case_discussion_follow as f').select('f.user_id').whereRef('f.thread_id', '=', 't.id').where('f.user_id', '=', userId)).as('following'))
    .where('t.id', '=', threadId)
    .where('t.pool_id', '=', poolId)
    .executeTakeFirst();
}
export type ThreadRow = NonNullable<Awaited<ReturnType<typeof findThread>>>;

export async function findPosts(db: Kysely<DB>, threadId: string) {
  return db
    .selectFrom('case_discussion_post as p')
    .innerJoin('app_user as u', 'u.id', 'p.author_id')
    .select(['p.id', 'p.body', 'p.created_at', 'p.hidden_at', 'p.hidden_reason', 'u.name as author'])
    .where('p.thread_id', '=', threadId)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .limit(1000)
    .execute();
}

export async function findPost(db: Kysely<DB>, poolId: string, postId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('case_discussion_post').select(['id', 'thread_id', 'author_id', 'hidden_at']).where('id', '=', postId).where('pool_id', '=', poolId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The guarded hide: only a post that is not hidden yet. */
export async function hidePost(trx: Kysely<DB>, postId: string, userId: string, reason: string): Promise<boolean> {
  const r = await trx.updateTable('case_discussion_post').set({ hidden_at: new Date(), hidden_by: userId, hidden_reason: reason }).where('id', '=', postId).where('hidden_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A page of the pool's threads, the latest active first. */
export async function listThreads(db: Kysely<DB>, poolId: string, userId: string, paging: PageRequest) {
  const { limit, offset } = pageWindow(paging);
  const q = db.selectFrom('case_discussion_thread as t').where('t.pool_id', '=', poolId);
  const counted = await cappedCount(db, q);
  const rows = await q
    .innerJoin('app_user as u', 'u.id', 't.created_by')
    .leftJoin('mediation_case as c', 'c.id', 't.case_id')
    .select(['t.id', 't.title', 't.created_at', 't.last_post_at', 'u.name as started_by', 'c.number as case_number'])
    .select((eb) => eb.selectFrom('case_discussion_post as p').select(sql<number>`count(*)::int`.as('n')).whereRef('p.thread_id', '=', 't.id').as('post_count'))
    .select((eb) => eb.exists(eb.selectFrom('case_discussion_follow as f').select('f.user_id').whereRef('f.thread_id', '=', 't.id').where('f.user_id', '=', userId)).as('following'))
    .orderBy('t.last_post_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, counted };
}

export async function follow(trx: Kysely<DB>, poolId: string, threadId: string, userId: string): Promise<boolean> {
  const row = await trx.insertInto('case_discussion_follow').values({ pool_id: poolId, thread_id: threadId, user_id: userId }).onConflict((oc) => oc.doNothing()).returning('user_id').executeTakeFirst();
  return row !== undefined;
}

export async function unfollow(trx: Kysely<DB>, threadId: string, userId: string): Promise<boolean> {
  const r = await trx.deleteFrom('case_discussion_follow').where('thread_id', '=', threadId).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function findDigest(db: Kysely<DB>, userId: string) {
  return db.selectFrom('case_discussion_digest').select(['frequency', 'last_sent_at']).where('user_id', '=', userId).executeTakeFirst();
}

export async function upsertDigest(trx: Kysely<DB>, poolId: string, userId: string, frequency: DigestFrequency): Promise<void> {
  await trx
    .insertInto('case_discussion_digest')
    .values({ user_id: userId, pool_id: poolId, frequency })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ frequency, updated_at: new Date() }))
    .execute();
}

/** Everyone who chose this digest frequency, with an active account that still takes part. */
export async function digestSubscribers(db: Kysely<DB>, frequency: 'daily' | 'weekly') {
  return db
    .selectFrom('case_discussion_digest as d')
    .innerJoin('app_user as u', 'u.id', 'd.user_id')
    .innerJoin('pool', 'pool.id', 'd.pool_id')
    .select(['u.id', 'u.email', 'u.name', 'u.pool_id', 'd.last_sent_at', 'd.updated_at', 'pool.name as pool_name'])
    .where('d.frequency', '=', frequency)
    .where('u.active', '=', true)
    .where(sql<boolean>`u.roles && ARRAY['mediator', 'coordinator']::text[]`)
    .orderBy('u.id')
    .execute();
}

/** The followed threads with visible posts by others since `since`, and how many. */
export async function newPostsInFollowedThreads(db: Kysely<DB>, userId: string, since: Date) {
  return db
    .selectFrom('case_discussion_follow as f')
    .innerJoin('case_discussion_thread as t', 't.id', 'f.thread_id')
    .innerJoin('case_discussion_post as p', 'p.thread_id', 't.id')
    .select(['t.id', 't.title', sql<number>`count(*)::int`.as('new_posts')])
    .where('f.user_id', '=', userId)
    .where('p.created_at', '>', since)
    .where('p.author_id', '<>', userId)
    .where('p.hidden_at', 'is', null)
    .groupBy(['t.id', 't.title'])
    .orderBy('t.title')
    .execute();
}

export async function markDigestSent(trx: Kysely<DB>, userId: string, at: Date): Promise<void> {
  await trx.updateTable('case_discussion_digest').set({ last_sent_at: at }).where('user_id', '=', userId).execute();
}
