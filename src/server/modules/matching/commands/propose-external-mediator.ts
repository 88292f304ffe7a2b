import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { badRequest, invalidField, ProblemError, type InvalidParam } from '../../../http/problem.js';
import { checkTransition } from '../../../../domain/cases/case-transitions.js';
import { SYSTEM_ACTOR } from '../../../../domain/cases/actor-context.js';
import { loadCaseForActor, guardedStatusUpdate, recordCaseEvent } from '../../case-status/index.js';
import type { ExternalMediatorInput } from '../../../../contract/matching.js';
import { caseObject, ensureMatching } from '../policy.js';
import { proposalMediators } from '../repository/proposals.js';
import { insertExternalMediator, insertProposal, insertProposalMediator } from '../repository/proposal-writes.js';
import { closeStaleProposals, completeIfReady, sendConsentRequests, type ActContext } from '../proposal-lifecycle.js';

/**
 * An independent, paid mediator, chosen by the parties or the coordinator. The lifecycle only
 * lets the system move a case matching → proposed → assigned, and the hard rules allow no
 * assignment without a declaration and every party's consent; so the external mediator is
 * proposed like anyone else: the coordinator enters their written declaration (they have no
 * account to sign it themselves), the parties consent by link or through the coordinator, and
 * the last consent assigns the case. The row in external_mediator_assignment becomes `assigned`
 * then; no case_mediator row is made, because the external mediator is not a pool member.
 */
export async function proposeExternalMediator(trx: Kysely<DB>, act: ActContext, actor: Actor, caseId: string, input: ExternalMediatorInput) {
  const loaded = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  ensureMatching(actor, 'proposeExternal', caseObject(loaded));
  const { row } = loaded;
  const check = checkTransition('matching', 'proposed', SYSTEM_ACTOR);
  if (!check.ok) throw new ProblemError(409, 'illegal-transition', 'Deze stap kan niet.', check.error.message);
  const invalid: InvalidParam[] = [];
  if (!input.declaration.noInterestInOutcome) {
    invalid.push({ name: 'declaration/noInterestInOutcome', code: 'must-be-true', reason: 'Een mediator met belang bij de uitkomst kan niet worden voorgesteld.' });
  }
  if (!input.declaration.noEarlierAdviceToAParty) {
    invalid.push({ name: 'declaration/noEarlierAdviceToAParty', code: 'must-be-true', reason: 'Een mediator die een partij eerder adviseerde kan niet worden voorgesteld.' });
  }
  if (invalid.length > 0) throw badRequest('De externe mediator moet beide verklaringen afleggen.', invalid);
  const text = (v: string, field: string) => {
    const t = v.trim();
    if (t === '') throw invalidField(field, 'required', 'Vul dit veld in.');
    return t;
  };
  const name = text(input.name, 'name');
  const organisation = text(input.organisation, 'organisation');
  const mfnNumber = text(input.mfnNumber, 'mfnNumber');
  const reason = text(input.reason, 'reason');
  const disclosure = input.declaration.relationshipsDisclosure?.trim() || null;

  await closeStaleProposals(trx, row.id, 'De zaak is buiten dit voorstel om verder gegaan.');
  const externalId = await insertExternalMediator(trx, {
    pool_id: row.pool_id,
    case_id: row.id,
    name,
    organisation,
    mfn_number: mfnNumber,
    email: input.email?.trim() || null,
    agreed_rate_cents: input.agreedRateCents,
    chosen_by: input.chosenBy,
    reason,
    created_by: actor.userId,
  });
  const proposal = await insertProposal(trx, { pool_id: row.pool_id, case_id: row.id, proposed_by: actor.userId, note: reason });
  await insertProposalMediator(trx, {
    pool_id: row.pool_id,
    proposal_id: proposal.id,
    case_id: row.id,
    external_mediator_id: externalId,
    role: 'lead',
    answer: 'accepted',
    answered_at: new Date(),
    answered_by: actor.userId,
    no_interest_in_outcome: true,
    no_earlier_advice: true,
    relationships_disclosure: disclosure,
  });
  await guardedStatusUpdate(trx, row.id, 'matching', 'proposed');
  const detail = { proposalId: proposal.id, externalMediatorId: externalId, name, organisation, mfnNumber, chosenBy: input.chosenBy, relationshipsDisclosure: disclosure };
  await recordCaseEvent(trx, act.ctx, { poolId: row.pool_id, caseId: row.id, kind: 'external-mediator', reason, detail });
  await recordCaseEvent(trx, { ...act.ctx, actor: null, label: 'systeem' }, {
    poolId: row.pool_id,
    caseId: row.id,
    kind: 'transition',
    fromStatus: 'matching',
    toStatus: 'proposed',
    detail: { proposalId: proposal.id },
  });
  await writeAudit(trx, act.ctx, { action: 'matching.propose-external', objectType: 'case', objectId: row.id, detail: { ...detail, agreedRateCents: input.agreedRateCents } });

  const locked = { proposal, caseRow: { ...row, status: 'proposed' } };
  await sendConsentRequests(trx, act, locked, await proposalMediators(trx, [proposal.id]));
  await completeIfReady(trx, act, locked);
  return { proposalId: proposal.id, externalMediatorId: externalId };
}
