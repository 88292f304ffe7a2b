import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { ProposalList } from '../../../../contract/matching.js';
import { loadCaseForActor } from '../../case-status/index.js';
import { caseObject, ensureMatching } from '../policy.js';
import { caseProposals } from '../repository/proposals.js';
import { presentProposal } from '../present-proposal.js';

/** Every proposal of a case, newest first, with each party's consent (coordinator); the read is audited. */
export async function listCaseProposals(db: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string): Promise<ProposalList> {
  ensureMatching(actor, 'viewProposals', caseObject(await loadCaseForActor(db, actor, caseId)));
  const rows = await caseProposals(db, caseId);
  await writeAudit(db, ctx, { action: 'proposal.list', objectType: 'case', objectId: caseId, purpose: 'matching' });
  return { items: await Promise.all(rows.map((p) => presentProposal(db, actor, p))) };
}
