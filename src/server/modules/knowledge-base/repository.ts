import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { KnowledgeKind } from '../../db/schema-knowledge-discussion.js';
import { cappedCount, pageWindow, type PageRequest } from '../../db/paging.js';
import type { ReaderScope } from './policy.js';

/** All of the knowledge base's SQL. */

export interface ArticleValues {
  kind: KnowledgeKind;
  title: string;
  body_markdown: string;
  tags: string[];
  for_contacts: boolean;
  for_finance: boolean;
}

/** The Dutch search vector of a version: title and tags weigh more than the body (ADR 0019). */
const searchVector = (v: ArticleValues) =>
  sql<string>`setweight(to_tsvector('dutch'::regconfig, ${v.title}::text), 'A') || setweight(to_tsvector('dutch'::regconfig, ${v.tags.join(' ')}::text), 'A') || setweight(to_tsvector('dutch'::regconfig, ${v.body_markdown}::text), 'B')`;

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('knowledge_article as a')
    .innerJoin('app_user as cu', 'cu.id', 'a.created_by')
    .innerJoin('app_user as uu', 'uu.id', 'a.updated_by')
    .select(['a.id', 'a.pool_id', 'a.kind', 'a.title', 'a.body_markdown', 'a.tags', 'a.for_contacts', 'a.for_finance', 'a.version', 'a.created_at', 'a.updated_at'])
    .select(['cu.name as created_by_name', 'uu.name as updated_by_name']);

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

export async function findArticle(db: Kysely<DB>, poolId: string, articleId: string, opts: { forUpdate?: boolean } = {}) {
  if (opts.forUpdate) await db.selectFrom('knowledge_article').select('id').where('id', '=', articleId).where('pool_id', '=', poolId).forUpdate().execute();
  return withNames(db).where('a.id', '=', articleId).where('a.pool_id', '=', poolId).executeTakeFirst();
}

export async function isEditor(db: Kysely<DB>, poolId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('knowledge_editor').select('user_id').where('pool_id', '=', poolId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function insertArticle(trx: Kysely<DB>, poolId: string, userId: string, v: ArticleValues): Promise<string> {
  const row = await trx
    .insertInto('knowledge_article')
    .values({ pool_id: poolId, ...v, version: 1, search_vector: searchVector(v), created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertVersion(trx, poolId, row.id, 1, v, userId, null);
  return row.id;
}

/** The guarded update: only from the version the editor saw; false when someone saved in between. */
export async function updateArticle(trx: Kysely<DB>, poolId: string, articleId: string, fromVersion: number, userId: string, v: ArticleValues, note: string | null): Promise<boolean> {
  const updated = await trx
    .updateTable('knowledge_article')
    .set({ ...v, version: fromVersion + 1, search_vector: searchVector(v), updated_by: userId, updated_at: new Date() })
    .where('id', '=', articleId)
    .where('pool_id', '=', poolId)
    .where('version', '=', fromVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return false;
  await insertVersion(trx, poolId, articleId, fromVersion + 1, v, userId, note);
  return true;
}

async function insertVersion(trx: Kysely<DB>, poolId: string, articleId: string, version: number, v: ArticleValues, userId: string, note: string | null) {
  await trx.insertInto('knowledge_article_version').values({ article_id: articleId, pool_id: poolId, version, ...v, change_note: note, edited_by: userId }).execute();
}

/** Only the articles this reader may see (the SQL twin of the policy's read rule). */
const visibleTo = (scope: ReaderScope) => (eb: ExpressionBuilder<DB & { a: DB['knowledge_article'] }, 'a'>) => {
  if (scope.all) return sql<boolean>`true`;
  const marked = [];
  if (scope.contacts) marked.push(eb('a.for_contacts', '=', true));
  if (scope.finance) marked.push(eb('a.for_finance', '=', true));
  return marked.length > 0 ? eb.or(marked) : sql<boolean>`false`;
};

export interface ArticleSearch {
  poolId: string;
  scope: ReaderScope;
  words: string | null;
  tag?: string | undefined;
  kind?: KnowledgeKind | undefined;
}

/** A page of articles: with search words ranked by relevance (websearch_to_tsquery, Dutch), else the latest changed first. */
export async function searchArticles(db: Kysely<DB>, s: ArticleSearch, paging: PageRequest) {
  const { limit, offset } = pageWindow(paging);
  let q = db.selectFrom('knowledge_article as a').where('a.pool_id', '=', s.poolId);
  q = q.where(visibleTo(s.scope));
  if (s.tag) q = q.where(sql<boolean>`a.tags @> ARRAY[${s.tag}]::text[]`);
  if (s.kind) q = q.where('a.kind', '=', s.kind);
  const query = sql`websearch_to_tsquery('dutch'::regconfig, ${s.words ?? ''}::text)`;
  if (s.words) q = q.where(sql<boolean>`a.search_vector @@ ${query}`);
  const counted = await cappedCount(db, q);
  const base = q.select(['a.id', 'a.kind', 'a.title', 'a.body_markdown', 'a.tags', 'a.for_contacts', 'a.for_finance', 'a.version', 'a.updated_at']);
  const rows = s.words
    ? await base
        .select(sql<string>`ts_headline('dutch'::regconfig, a.body_markdown, ${query}, 'StartSel="", StopSel="", MaxWords=35, MinWords=15, ShortWord=2')`.as('headline'))
        .orderBy(sql`ts_rank(a.search_vector, ${query})`, 'desc')
        .orderBy('a.updated_at', 'desc')
        .orderBy('a.id')
        .limit(limit)
        .offset(offset)
        .execute()
    : await base.select(sql<string | null>`NULL`.as('headline')).orderBy('a.updated_at', 'desc').orderBy('a.id').limit(limit).offset(offset).execute();
  return { rows, counted };
}

/** The tags of the articles this reader sees, with their counts, alphabetically. */
export async function tagCounts(db: Kysely<DB>, poolId: string, scope: ReaderScope) {
  const q = db.selectFrom('knowledge_article as a').where('a.pool_id', '=', poolId).where(visibleTo(scope));
  const { rows } = await sql<{ tag: string; count: number }>`SELECT t.tag, count(*)::int AS count FROM (${q.select(sql`unnest(a.tags)`.as('tag'))}) t GROUP BY t.tag ORDER BY t.tag LIMIT 200`.execute(db);
  return rows;
}

export async function findVersions(db: Kysely<DB>, articleId: string) {
  return db
    .selectFrom('knowledge_article_version as v')
    .innerJoin('app_user as u', 'u.id', 'v.edited_by')
    .select(['v.version', 'v.title', 'v.edited_at', 'v.change_note', 'u.name as edited_by_name'])
    .where('v.article_id', '=', articleId)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function findVersion(db: Kysely<DB>, articleId: string, version: number) {
  return db
    .selectFrom('knowledge_article_version as v')
    .innerJoin('app_user as u', 'u.id', 'v.edited_by')
    .selectAll('v')
    .select('u.name as edited_by_name')
    .where('v.article_id', '=', articleId)
    .where('v.version', '=', version)
    .executeTakeFirst();
}

/** The pool's active mediators and coordinators, and whether each is an editor. */
export async function editorCandidates(db: Kysely<DB>, poolId: string) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('knowledge_editor as e', (j) => j.onRef('e.user_id', '=', 'u.id').on('e.pool_id', '=', poolId))
    .select(['u.id', 'u.name', 'u.roles', 'e.added_at'])
    .where('u.pool_id', '=', poolId)
    .where('u.active', '=', true)
    .where(sql<boolean>`u.roles && ARRAY['mediator', 'coordinator']::text[]`)
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(1000)
    .execute();
}

export async function findPoolUser(db: Kysely<DB>, poolId: string, userId: string) {
  return db.selectFrom('app_user').select(['id', 'name', 'roles', 'active']).where('id', '=', userId).where('pool_id', '=', poolId).executeTakeFirst();
}

export async function insertEditor(trx: Kysely<DB>, poolId: string, userId: string, addedBy: string): Promise<boolean> {
  const row = await trx.insertInto('knowledge_editor').values({ pool_id: poolId, user_id: userId, added_by: addedBy }).onConflict((oc) => oc.doNothing()).returning('user_id').executeTakeFirst();
  return row !== undefined;
}

export async function deleteEditor(trx: Kysely<DB>, poolId: string, userId: string): Promise<boolean> {
  const r = await trx.deleteFrom('knowledge_editor').where('pool_id', '=', poolId).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/* ---------- Documents with versions (migration 0026) ---------- */

const documentColumns = ['d.version', 'd.filename', 'd.content_type', 'd.size_bytes', 'd.sha256', 'd.change_note', 'd.uploaded_at', 'u.name as uploaded_by_name'] as const;

/** Every version of an article's document, newest first (without the bytes). */
export const findDocumentVersions = (db: Kysely<DB>, articleId: string) =>
  db
    .selectFrom('knowledge_document_version as d')
    .innerJoin('app_user as u', 'u.id', 'd.uploaded_by')
    .select([...documentColumns])
    .where('d.article_id', '=', articleId)
    .orderBy('d.version', 'desc')
    .execute();
export type DocumentVersionRow = Awaited<ReturnType<typeof findDocumentVersions>>[number];

/** One version with its bytes, for the download. */
export const findDocumentContent = (db: Kysely<DB>, articleId: string, version: number) =>
  db
    .selectFrom('knowledge_document_version')
    .select(['version', 'filename', 'content_type', 'sha256', 'content'])
    .where('article_id', '=', articleId)
    .where('version', '=', version)
    .executeTakeFirst();

/** The newest version's number, 0 when none (the caller holds the article's row lock). */
export const latestDocumentVersion = async (db: Kysely<DB>, articleId: string) =>
  (await db.selectFrom('knowledge_document_version').select(sql<number>`coalesce(max(version), 0)::int`.as('v')).where('article_id', '=', articleId).executeTakeFirstOrThrow()).v;

export const insertDocumentVersion = (
  trx: Kysely<DB>,
  row: { pool_id: string; article_id: string; version: number; filename: string; content_type: string; size_bytes: number; sha256: string; content: Buffer; change_note: string | null; uploaded_by: string },
) => trx.insertInto('knowledge_document_version').values(row).returning(['id', 'version']).executeTakeFirstOrThrow();
