import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { ensureCan, ensureCanRead } from '../../../auth/policy.js';
import type { CaseDetail } from '../../../../contract/cases.js';
import { loadCaseForActor, loadPoolClockSettings, todayInAmsterdam } from '../../case-status/index.js';
import { canCase } from '../policy.js';
import { selectConfidentialParts, selectMunicipality } from '../repository/index.js';
import { presentCaseDetail } from '../present-case.js';

/** Why the confidential part of a case is read when the caller names no purpose. */
export const DEFAULT_READ_PURPOSE = 'zaakbehandeling';

/**
 * One case as the actor may see it. Reading the confidential part (full access) is audited
 * with its purpose through the policy seam (ensureCanRead: action `case.read`).
 */
export async function getCaseDetail(db: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string, purpose = DEFAULT_READ_PURPOSE): Promise<CaseDetail> {
  const loaded = await loadCaseForActor(db, actor, caseId);
  ensureCan(canCase, actor, 'read', loaded);
  const full = canCase(actor, 'readConfidential', loaded);
  if (full) await ensureCanRead(db, ctx, canCase, actor, 'readConfidential', loaded, { objectType: 'case', objectId: caseId, purpose });
  const [{ calendar }, municipality, parts] = await Promise.all([
    loadPoolClockSettings(db, actor.poolId),
    selectMunicipality(db, loaded.row.requesting_municipality_id),
    full ? selectConfidentialParts(db, loaded.row) : null,
  ]);
  return presentCaseDetail(actor, loaded, municipality, parts, todayInAmsterdam(), calendar);
}
