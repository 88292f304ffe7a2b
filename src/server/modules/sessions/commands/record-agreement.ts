import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { authorize } from '../../../auth/authorize.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor, recordCaseEvent, todayInAmsterdam } from '../../case-status/index.js';
import { canSessions } from '../policy.js';

const CLOSED = ['closed', 'withdrawn', 'referred'];

/** Marks the mediation agreement signed: its date and the signed document uploaded to the case. */
export async function recordAgreement(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, input: { signedOn: string; documentId: string }) {
  const { row, access } = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  authorize(canSessions(access), 'object');
  if (CLOSED.includes(row.status)) throw conflict('Deze zaak is afgesloten.', 'case-closed');
  if (input.signedOn > todayInAmsterdam()) throw invalidField('signedOn', 'future', 'De datum van ondertekening kan niet in de toekomst liggen.');
  if (input.signedOn < row.referred_on) throw invalidField('signedOn', 'before-referral', 'De overeenkomst kan niet vóór de aanmelding van de zaak getekend zijn.');
  const doc = await trx
    .selectFrom('case_document')
    .select(['id', 'kind'])
    .where('id', '=', input.documentId)
    .where('case_id', '=', row.id)
    .executeTakeFirst();
  if (!doc) throw invalidField('documentId', 'unknown-document', 'Kies een document dat bij deze zaak is geüpload.');
  if (doc.kind !== 'mediation_agreement') {
    throw invalidField('documentId', 'wrong-kind', 'Kies het document van het soort "getekende mediationovereenkomst".');
  }
  const existing = await trx.selectFrom('mediation_agreement').select(['signed_on', 'document_id']).where('case_id', '=', row.id).executeTakeFirst();
  await trx
    .insertInto('mediation_agreement')
    .values({ case_id: row.id, pool_id: row.pool_id, signed_on: input.signedOn, document_id: doc.id, recorded_by: actor.userId })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ signed_on: input.signedOn, document_id: doc.id, recorded_by: actor.userId, recorded_at: new Date() }))
    .execute();
  await recordCaseEvent(trx, ctx, { poolId: row.pool_id, caseId: row.id, kind: 'agreement-signed', detail: { signedOn: input.signedOn, documentId: doc.id } });
  await writeAudit(trx, ctx, {
    action: 'case.agreement-signed',
    objectType: 'case',
    objectId: row.id,
    detail: { signedOn: input.signedOn, documentId: doc.id, ...(existing ? { previous: { signedOn: existing.signed_on, documentId: existing.document_id } } : {}) },
  });
}
