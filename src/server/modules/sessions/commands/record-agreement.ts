import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { recordCaseEvent, todayInAmsterdam } from '../../case-status/index.js';
import type { Agreement, RecordAgreementInput } from '../../../../contract/sessions.js';
import { canSession } from '../policy.js';
import { loadSessionCase } from '../load-session.js';
import { presentAgreement } from '../present-agreement.js';
import { findAgreementBefore, findCaseDocument, saveAgreement } from '../repository.js';

/** Marks the mediation agreement signed: its date and the signed document uploaded to the case. */
export async function recordAgreement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: RecordAgreementInput): Promise<Agreement> {
  const { row, object } = await loadSessionCase(trx, actor, caseId, { forUpdate: true });
  ensureCan(canSession, actor, 'read-agreement', object);
  if (!canSession(actor, 'record-agreement', object)) throw conflict('Deze zaak is afgesloten.', 'case-closed');
  if (input.signedOn > todayInAmsterdam()) throw invalidField('signedOn', 'future', 'De datum van ondertekening kan niet in de toekomst liggen.');
  if (input.signedOn < row.referred_on) throw invalidField('signedOn', 'before-referral', 'De overeenkomst kan niet vóór de aanmelding van de zaak getekend zijn.');
  const doc = await findCaseDocument(trx, row.id, input.documentId);
  if (!doc) throw invalidField('documentId', 'unknown-document', 'Kies een document dat bij deze zaak is geüpload.');
  if (doc.kind !== 'mediation_agreement') {
    throw invalidField('documentId', 'wrong-kind', 'Kies het document van het soort "getekende mediationovereenkomst".');
  }
  const existing = await findAgreementBefore(trx, row.id);
  await saveAgreement(trx, { caseId: row.id, poolId: row.pool_id, signedOn: input.signedOn, documentId: doc.id, recordedBy: actor.userId });
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'agreement-signed', detail: { signedOn: input.signedOn, documentId: doc.id } });
  await writeAudit(trx, ctx, {
    action: 'case.agreement-signed',
    objectType: 'case',
    objectId: row.id,
    detail: { signedOn: input.signedOn, documentId: doc.id, ...(existing ? { previous: { signedOn: existing.signed_on, documentId: existing.document_id } } : {}) },
  });
  return presentAgreement(trx, actor, row, object);
}
