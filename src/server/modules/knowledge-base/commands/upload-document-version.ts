import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { invalidField, ProblemError } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { KNOWLEDGE_DOCUMENT_MAX_BYTES, type UploadDocumentVersionInput } from '../../../../contract/knowledge-base.js';
import { acceptedKnowledgeDocument, documentFilename, KNOWLEDGE_DOCUMENT_LABELS } from '../../../../domain/community/knowledge-document.js';
import { canKnowledge } from '../policy.js';
import { loadArticleForActor } from '../load-article.js';
import { insertDocumentVersion, latestDocumentVersion } from '../repository.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A coordinator or editor uploads a (new version of the) document of an article: a template, a
 * protocol, the statute. The type comes from the bytes (PDF, docx, odt), at most 10 MB; the
 * version number follows the last one under the article's row lock, so two uploads at once get
 * two numbers. Earlier versions stay, to be downloaded from the history. Nothing is stored when
 * the file is refused.
 */
export async function uploadDocumentVersion(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, articleId: string, input: UploadDocumentVersionInput) {
  const { row, object } = await loadArticleForActor(trx, actor, articleId, { forUpdate: true });
  ensureCan(canKnowledge, actor, 'update', object, 'collection');
  const compact = input.contentBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw invalidField('contentBase64', 'not-base64', 'De inhoud is geen geldige base64.');
  const content = Buffer.from(compact, 'base64');
  if (content.length === 0) throw invalidField('contentBase64', 'empty', 'Het bestand is leeg.');
  if (content.length > KNOWLEDGE_DOCUMENT_MAX_BYTES) {
    throw new ProblemError(413, 'document-too-large', 'Bestand te groot.', `Het bestand is ${(content.length / 1024 / 1024).toFixed(1)} MB; een document mag hoogstens ${KNOWLEDGE_DOCUMENT_MAX_BYTES / 1024 / 1024} MB zijn.`);
  }
  const type = acceptedKnowledgeDocument(content);
  if (!type) {
    throw invalidField('contentBase64', 'unsupported-type', `Dit bestandstype wordt niet geaccepteerd. Gebruik ${KNOWLEDGE_DOCUMENT_LABELS}. (Het type wordt bepaald uit de inhoud, niet uit de naam.)`);
  }
  const filename = documentFilename(input.filename, type.extension);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const version = (await latestDocumentVersion(trx, row.id)) + 1;
  const changeNote = input.changeNote?.trim() || null;
  await insertDocumentVersion(trx, {
    pool_id: actor.poolId,
    article_id: row.id,
    version,
    filename,
    content_type: type.contentType,
    size_bytes: content.length,
    sha256,
    content,
    change_note: changeNote,
    uploaded_by: actor.userId,
  });
  await writeAudit(trx, ctx, { action: 'knowledge.document.upload', objectType: 'knowledge-article', objectId: row.id, detail: { version, filename, contentType: type.contentType, sizeBytes: content.length, sha256 } });
  return version;
}
