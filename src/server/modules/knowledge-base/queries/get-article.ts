import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import type { Article, ArticleVersion, ArticleVersionList } from '../../../../contract/knowledge-base.js';
import { canKnowledge } from '../policy.js';
import { loadArticleForActor } from '../load-article.js';
import { presentArticle } from '../present-article.js';
import { renderMarkdown } from '../render-markdown.js';
import { findVersion, findVersions } from '../repository.js';

/** One article, its Markdown rendered and sanitised. */
export async function getArticle(db: Kysely<DB>, actor: Actor, articleId: string): Promise<Article> {
  const { row, object } = await loadArticleForActor(db, actor, articleId);
  ensureCan(canKnowledge, actor, 'read', object);
  return presentArticle(actor, row, object);
}

/** The change history: every version, who saved it and when, newest first. */
export async function listArticleVersions(db: Kysely<DB>, actor: Actor, articleId: string): Promise<ArticleVersionList> {
  const { row, object } = await loadArticleForActor(db, actor, articleId);
  ensureCan(canKnowledge, actor, 'read-versions', object);
  const versions = await findVersions(db, row.id);
  return {
    articleId: row.id,
    title: row.title,
    current: row.version,
    items: versions.map((v) => ({ version: v.version, title: v.title, editedBy: v.edited_by_name, editedAt: v.edited_at.toISOString(), changeNote: v.change_note })),
  };
}

/** One earlier (or the current) version as it was saved. */
export async function getArticleVersion(db: Kysely<DB>, actor: Actor, articleId: string, version: number): Promise<ArticleVersion> {
  const { row, object } = await loadArticleForActor(db, actor, articleId);
  ensureCan(canKnowledge, actor, 'read-versions', object);
  const v = await findVersion(db, row.id, version);
  if (!v) throw notFound();
  return {
    articleId: row.id,
    version: v.version,
    current: row.version,
    kind: v.kind,
    title: v.title,
    tags: v.tags,
    bodyMarkdown: v.body_markdown,
    bodyHtml: renderMarkdown(v.body_markdown),
    editedBy: v.edited_by_name,
    editedAt: v.edited_at.toISOString(),
    changeNote: v.change_note,
  };
}
