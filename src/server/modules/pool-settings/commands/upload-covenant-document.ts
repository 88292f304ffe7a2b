import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { canPoolSettings, ownPool } from '../policy.js';
import { insertCovenantDocument, linkCovenantDocument } from '../repository.js';
import { ProblemError, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { MAX_CASE_DOCUMENT_BYTES as MAX_DOCUMENT_BYTES, isPdf } from '../../../../domain/documents/detect-document-type.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict base64: Buffer.from would silently skip characters that do not belong. */
function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return null;
  return Buffer.from(compact, 'base64');
}

/**
 * Stores the signed covenant (PDF, at most 10 MB) with its SHA-256 and makes it the pool's current
 * covenant document. Earlier versions stay stored, unlinked, as a record.
 */
export async function uploadCovenantDocument(
  trx: Kysely<DB>,
  ctx: AuditContext,
  actor: Actor,
  input: { filename: string; contentBase64: string },
) {
  ensureCan(canPoolSettings, actor, 'update', ownPool(actor), 'collection');
  const poolId = actor.poolId;
  const bytes = decodeBase64(input.contentBase64);
  if (!bytes || bytes.length === 0) throw invalidField('contentBase64', 'base64', 'Het bestand is leeg of niet goed gecodeerd (verwacht base64).');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new ProblemError(413, 'document-too-large', 'Te groot.', `Het bestand is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; het mag hoogstens 10 MB zijn.`);
  }
  const contentType = 'application/pdf';
  if (!isPdf(bytes)) {
    throw new ProblemError(415, 'unsupported-document-type', 'Niet-ondersteund type.', 'Alleen PDF-bestanden kunnen worden opgeslagen. Dit bestand is geen PDF.');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const filename = input.filename.trim().replace(/[\\/]/g, '_');
  const doc = await insertCovenantDocument(trx, { pool_id: poolId, filename, content_type: contentType, size_bytes: bytes.length, sha256, content: bytes, uploaded_by: actor.userId });
  await linkCovenantDocument(trx, poolId, doc.id);
  await writeAudit(trx, ctx, { action: 'covenant-document.upload', objectType: 'pool-document', objectId: doc.id, detail: { filename, sizeBytes: bytes.length, sha256 } });
  return doc;
}
