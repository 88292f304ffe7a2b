import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { loadCaseForActor } from '../../case-status/index.js';
import type { CaseOutcome } from '../../../../contract/outcomes.js';
import { canOutcome, outcomeObject } from '../policy.js';
import { presentOutcome } from '../present-outcome.js';

/**
 * The outcome of a case: in full for the case's mediators and the coordinator (a read of personal
 * data, audited with its purpose), the status and the shareable category for a contact.
 */
export async function getOutcome(db: Kysely<DB>, ctx: AuditContext | null, actor: Actor, caseId: string): Promise<CaseOutcome> {
  const loaded = await loadCaseForActor(db, actor, caseId);
  const object = outcomeObject(loaded);
  ensureCan(canOutcome, actor, 'read', object);
  if (ctx && canOutcome(actor, 'handle', object)) {
    await writeAudit(db, ctx, { action: 'case.outcome-read', objectType: 'case', objectId: loaded.row.id, purpose: 'uitkomst' });
  }
  return presentOutcome(db, actor, loaded.row, loaded.access);
}
