import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { CaseEvents } from '../../../../contract/cases.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase } from '../policy.js';
import { selectCaseEvents } from '../repository/index.js';
import { presentEvents } from '../present-case.js';

/**
 * The case's timeline: every step with who and when, reasons and details, with full access; with
 * limited access only what the case view shows (the status steps and the shared outcome).
 */
export async function listCaseEvents(db: Kysely<DB>, actor: Actor, caseId: string): Promise<CaseEvents> {
  const loaded = await loadCaseForActor(db, actor, caseId);
  ensureCan(canCase, actor, 'read', loaded);
  const rows = await selectCaseEvents(db, caseId);
  return { items: presentEvents(rows, loaded.access, loaded.row.outcome_shareable) };
}
