import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { allowedActions, ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { PartnerCandidate, PartnerCandidateList } from '../../../../contract/lending.js';
import type { CaseType } from '../../../../domain/cases/case-vocabulary.js';
import { loadCaseForActor, todayInAmsterdam } from '../../case-status/index.js';
import { canLoan } from '../policy.js';
import { agreementsInForceCovering, loansOfCase } from '../repository-loans.js';
import { capStanding, lendableMediators } from '../loan-facts.js';
import { presentLoan } from '../present-loan.js';

/**
 * "Uit partnerpools": for a case of the actor's pool in `matching`, the eligible mediators of every
 * partner pool with an agreement in force that covers the case type (name, municipality,
 * profession, languages, availability; nothing of that pool's cases), and the case's loans.
 * Coordinators and administrators of the case's pool; reading who may be lent is audited.
 */
export async function listPartnerCandidates(db: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string): Promise<PartnerCandidateList> {
  const { row } = await loadCaseForActor(db, actor, caseId);
  ensureCan(canLoan, actor, 'read', { borrowingPoolId: row.pool_id }, 'collection');
  const caseType = row.case_type as CaseType;
  const agreements = await agreementsInForceCovering(db, row.pool_id, caseType);
  const loanRows = await loansOfCase(db, row.pool_id, row.id);
  const loans = loanRows.map((l) => presentLoan(actor, l));
  const openLoan = new Map(loanRows.filter((l) => l.status === 'requested' || l.status === 'approved').map((l) => [l.lender_profile_id, l]));
  const year = Number(todayInAmsterdam().slice(0, 4));
  const items: PartnerCandidate[] = [];
  const partnerPools: PartnerCandidateList['partnerPools'] = [];
  const caseObject = { borrowingPoolId: row.pool_id, caseStatus: row.status };
  const may = allowedActions(canLoan, actor, caseObject, ['requestLoan'] as const);
  for (const a of agreements) {
    const cap = await capStanding(db, a, caseType, year);
    partnerPools.push({ id: a.partner_pool_id, name: a.partner_name, hoursLeftThisYear: cap.hoursLeft });
    if (row.status !== 'matching') continue;
    const { lendable } = await lendableMediators(db, row.pool_id, row.id, a.partner_pool_id);
    for (const m of lendable) {
      const loan = openLoan.get(m.profileId) ?? null;
      items.push({
        lenderProfileId: m.profileId,
        pool: { id: a.partner_pool_id, name: a.partner_name },
        agreementId: a.id,
        name: m.name,
        municipality: m.municipality,
        profession: m.kind,
        languages: [...m.languages],
        unavailable: m.unavailable.map((r) => ({ start: r.start, end: r.end })),
        freePlaces: m.freePlaces,
        openLoan: loan ? { id: loan.id, status: loan.status } : null,
        allowedActions: loan || cap.refusal !== null ? [] : may,
      });
    }
  }
  await writeAudit(db, ctx, { action: 'lending.partner-candidates', objectType: 'case', objectId: row.id, purpose: 'matching' });
  return { items, loans, partnerPools, allowedActions: may };
}
