import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ACCEPTED_DOCUMENT_LABELS, MAX_CASE_DOCUMENT_BYTES, detectDocumentType } from '../../../../domain/documents/detect-document-type.js';
import type { DocumentKind } from '../../../../domain/cases/case-vocabulary.js';
import { invalidField, ProblemError } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent } from '../../case-status/index.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase } from '../policy.js';
import { insertCaseDocument } from '../repository/index.js';

export interface UploadInput {
  kind: DocumentKind;
  filename: string;
  contentBase64: string;
}

/** Stores a case document with its checksum; the type comes from the bytes, not from the name. */
export async function uploadCaseDocument(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: UploadInput) {
  const loaded = await loadCaseForActor(trx, actor, caseId);
  ensureCan(canCase, actor, 'uploadDocument', loaded);
  const { row } = loaded;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64) || input.contentBase64.length % 4 !== 0) {
    throw invalidField('contentBase64', 'not-base64', 'De inhoud is geen geldige base64.');
  }
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw invalidField('contentBase64', 'empty', 'Het bestand is leeg.');
  if (content.length > MAX_CASE_DOCUMENT_BYTES) {
    throw new ProblemError(413, 'payload-too-large', 'Bestand te groot.', `Een document mag hoogstens ${MAX_CASE_DOCUMENT_BYTES / 1024 / 1024} MB zijn.`);
  }
  const type = detectDocumentType(content);
  if (!type) {
    throw invalidField('contentBase64', 'unsupported-type', `Dit bestandstype wordt niet geaccepteerd. Gebruik ${ACCEPTED_DOCUMENT_LABELS}. (Het type wordt bepaald uit de inhoud, niet uit de naam.)`);
  }
  const filename = safeFilename(input.filename, type.extension);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const doc = await insertCaseDocument(trx, {
    pool_id: row.pool_id,
    case_id: row.id,
    kind: input.kind,
    filename,
    content_type: type.contentType,
    size_bytes: content.length,
    sha256,
    content,
    uploaded_by: actor.userId,
  });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'document', detail: { documentId: doc.id, kind: input.kind, filename } });
  await writeAudit(trx, ctx, { action: 'case.document-upload', objectType: 'case-document', objectId: doc.id, detail: { caseId: row.id, sha256 } });
  return { ...doc, uploaded_by_name: actor.name };
}

/** Keeps a readable name but drops path parts and control characters; the extension follows the real type. */
export function safeFilename(name: string, extension: string): string {
  const base = [...name.split(/[\\/]/).pop()!]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(ch))
    .join('')
    .trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 150) || 'document';
  return `${stem}.${extension}`;
}
