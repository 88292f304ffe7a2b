import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { KNOWLEDGE_ACTIONS, type ArticleDocument, type DocumentVersion } from '../../../../contract/knowledge-base.js';
import { canKnowledge } from '../policy.js';
import { loadArticleForActor } from '../load-article.js';
import { findDocumentContent, findDocumentVersions, type DocumentVersionRow } from '../repository.js';

const present = (v: DocumentVersionRow): DocumentVersion => ({
  version: v.version,
  filename: v.filename,
  contentType: v.content_type,
  sizeBytes: v.size_bytes,
  sha256: v.sha256,
  uploadedBy: v.uploaded_by_name,
  uploadedAt: v.uploaded_at.toISOString(),
  changeNote: v.change_note,
});

/**
 * The document of an article: its current version for everyone who may read the article (a
 * contact or finance reader only when the article is marked for them), and every version with
 * who uploaded it for the full readers (the same rule as the article's own history).
 */
export async function getArticleDocument(db: Kysely<DB>, actor: Actor, articleId: string): Promise<ArticleDocument> {
  const { row, object } = await loadArticleForActor(db, actor, articleId);
  ensureCan(canKnowledge, actor, 'read', object);
  const versions = (await findDocumentVersions(db, row.id)).map(present);
  const history = canKnowledge(actor, 'read-versions', object);
  return {
    articleId: row.id,
    current: versions[0] ?? null,
    versions: history ? versions : null,
    allowedActions: allowedActions(canKnowledge, actor, object, KNOWLEDGE_ACTIONS.filter((a) => a === 'update')),
  };
}

/**
 * One version's file. The current version for every reader of the article; an earlier one only
 * for those who may see the history (404 for the others, as if it did not exist). The download is
 * audited with its version and fingerprint.
 */
export async function downloadDocumentVersion(db: Kysely<DB>, ctx: AuditContext, actor: Actor, articleId: string, version: number) {
  const { row, object } = await loadArticleForActor(db, actor, articleId);
  ensureCan(canKnowledge, actor, 'read', object);
  const doc = await findDocumentContent(db, row.id, version);
  if (!doc) throw notFound();
  if (!canKnowledge(actor, 'read-versions', object)) {
    const [latest] = await findDocumentVersions(db, row.id);
    if (latest?.version !== version) throw notFound();
  }
  await writeAudit(db, ctx, { action: 'knowledge.document.download', objectType: 'knowledge-article', objectId: row.id, detail: { version, sha256: doc.sha256 } });
  return {
    contentType: doc.content_type,
    contentDisposition: `attachment; filename="${doc.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
    sha256: doc.sha256,
    content: doc.content,
  };
}
