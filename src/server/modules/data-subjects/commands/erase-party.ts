import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, notFound } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PartyErasureResult } from '../../../../contract/data-subjects.js';
import type { CaseStatus } from '../../../../domain/cases/case-status.js';
import { decideErasure } from '../../../../domain/retention/erasure.js';
import { todayInAmsterdam } from '../../../../domain/calendar/iso-date.js';
import { loadRetentionTerms } from '../../retention/index.js';
import { canDataSubject } from '../policy.js';
import { erasePartyRows, partyRows } from '../repository.js';

/**
 * Erases a party on request (AVG art. 17) as far as no retention duty keeps it (decideErasure):
 * nothing while a case is open (409), the contact details once every case is final, the name too
 * once the case files' term has passed. Recorded with what went and why the rest stays.
 */
export async function eraseParty(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, partyId: string): Promise<PartyErasureResult> {
  // The party looked up first: whoever may not act on it (another pool, another role) gets 404, never 403.
  const rows = await partyRows(trx, actor.poolId, partyId);
  if (!rows.some((r) => r.id === partyId)) throw notFound();
  ensureCan(canDataSubject, actor, 'erase', { poolId: actor.poolId, kind: 'party' });
  const { months } = await loadRetentionTerms(trx, actor.poolId);
  const decision = decideErasure(
    rows.map((r) => ({ number: r.number, status: r.status as CaseStatus, endedOn: r.ended_on, destroyed: r.destroyed })),
    months.case_file,
    todayInAmsterdam(),
  );
  if (decision.scope === 'none') throw conflict(decision.reasons.join(' '), 'erasure-blocked', { reasons: decision.reasons });
  const changed = await erasePartyRows(trx, actor.poolId, rows.map((r) => r.id), decision.scope === 'all');
  await writeAudit(trx, ctx, {
    action: 'data-subject.erase',
    objectType: 'party',
    objectId: partyId,
    detail: { scope: decision.scope, rows: changed, caseIds: [...new Set(rows.map((r) => r.case_id))], kept: decision.reasons.length },
  });
  return { scope: decision.scope, rows: changed, reasons: decision.reasons };
}
