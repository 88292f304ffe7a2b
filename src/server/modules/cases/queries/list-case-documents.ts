import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { CaseDocuments } from '../../../../contract/cases.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { ensureCan } from '../../../auth/policy.js';
import { canCase } from '../policy.js';
import { selectCaseDocuments } from '../repository/index.js';
import { presentDocument } from '../present-case.js';

/** The case's documents (without content): only for those who see the whole case, 404 for others. */
export async function listCaseDocuments(db: Kysely<DB>, actor: Actor, caseId: string): Promise<CaseDocuments> {
  const loaded = await loadCaseForActor(db, actor, caseId);
  ensureCan(canCase, actor, 'readConfidential', loaded);
  const rows = await selectCaseDocuments(db, caseId);
  return { items: rows.map(presentDocument) };
}
