import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { notFound } from '../../../http/problem.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase } from '../policy.js';
import { selectCaseDocumentWithContent } from '../repository/index.js';

/** One document with its content, for those who see the whole case; the download is audited. */
export async function downloadCaseDocument(db: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, documentId: string) {
  const loaded = await loadCaseForActor(db, actor, caseId);
  ensureCan(canCase, actor, 'readConfidential', loaded);
  const doc = await selectCaseDocumentWithContent(db, caseId, documentId);
  if (!doc) throw notFound();
  await writeAudit(db, ctx, { action: 'case.document-download', objectType: 'case-document', objectId: doc.id, purpose: 'zaakbehandeling' });
  return {
    contentType: doc.content_type,
    contentDisposition: `attachment; filename="${doc.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
    sha256: doc.sha256,
    content: Buffer.from(doc.content),
  };
}
