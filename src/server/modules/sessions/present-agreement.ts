import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import type { Agreement } from '../../../contract/sessions.js';
import { canSession, type SessionPolicyObject } from './policy.js';
import { agreementRequired } from './assert-may-start.js';
import { findAgreement } from './repository.js';

/** The agreement on a case: whether it is needed, signed, with which document; and whether the actor may record it. */
export async function presentAgreement(db: Kysely<DB>, actor: Actor, caseRow: { id: string; pool_id: string; route: string | null }, object: SessionPolicyObject): Promise<Agreement> {
  const row = await findAgreement(db, caseRow.id);
  return {
    caseId: caseRow.id,
    required: await agreementRequired(db, caseRow),
    signed: row !== undefined,
    signedOn: row?.signed_on ?? null,
    document: row ? { id: row.document_id, filename: row.filename } : null,
    recordedBy: row?.recorded_by_name ?? null,
    recordedAt: row?.recorded_at.toISOString() ?? null,
    allowedActions: allowedActions(canSession, actor, object, ['record-agreement']),
  };
}
