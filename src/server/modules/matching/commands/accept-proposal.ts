import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { badRequest, type InvalidParam } from '../../../http/problem.js';
import { recordCaseEvent } from '../../case-status/index.js';
import type { Declaration } from '../../../../contract/matching.js';
import { completeIfReady, mailCoordinators, sendConsentRequests, type ActContext } from '../proposal-lifecycle.js';
import { answerProposalRow } from '../repository/proposal-writes.js';
import { lockProposalForAct } from './lock-proposal-for-act.js';

/**
 * The proposed mediator accepts and signs the declaration (MfN conduct rules 2.1-2.3): no interest
 * in the outcome and no earlier advice to a party, both required; every relationship with a party
 * disclosed in words, which every party must then accept explicitly. Who cannot declare both
 * declines instead. When the last mediator of the proposal accepts, the parties are asked.
 */
export async function acceptProposal(trx: Kysely<DB>, act: ActContext, actor: Actor, proposalId: string, d: Declaration) {
  const { locked, mediators: all } = await lockProposalForAct(trx, actor, proposalId, 'answerProposal');
  const own = all.find((m) => m.user_id === actor.userId)!;
  const invalid: InvalidParam[] = [];
  if (!d.noInterestInOutcome) {
    invalid.push({ name: 'noInterestInOutcome', code: 'must-be-true', reason: 'Heeft u belang bij de uitkomst? Dan wijst u het voorstel af.' });
  }
  if (!d.noEarlierAdviceToAParty) {
    invalid.push({ name: 'noEarlierAdviceToAParty', code: 'must-be-true', reason: 'Heeft u een partij eerder geadviseerd? Dan wijst u het voorstel af.' });
  }
  if (invalid.length > 0) throw badRequest('U kunt alleen accepteren als u beide verklaringen kunt afleggen; anders wijst u het voorstel af.', invalid);
  const disclosure = d.relationshipsDisclosure?.trim() || null;

  await answerProposalRow(trx, own.id, { answer: 'accepted', by: actor.userId, relationshipsDisclosure: disclosure });
  const declaration = { noInterestInOutcome: true, noEarlierAdviceToAParty: true, relationshipsDisclosure: disclosure };
  await recordCaseEvent(trx, act.ctx, {
    poolId: locked.caseRow.pool_id,
    caseId: locked.caseRow.id,
    kind: 'declaration',
    detail: { proposalId, mediatorId: own.mediator_id, role: own.role, ...declaration },
  });
  await writeAudit(trx, act.ctx, { action: 'matching.accept', objectType: 'proposal', objectId: proposalId, detail: { caseId: locked.caseRow.id, disclosure: disclosure !== null } });

  const everyone = all.map((m) => (m.id === own.id ? { ...m, answer: 'accepted' as const, relationships_disclosure: disclosure } : m));
  if (everyone.some((m) => m.answer !== 'accepted')) return;
  const { sentTo, withoutLink } = await sendConsentRequests(trx, act, locked, everyone);
  const assigned = await completeIfReady(trx, act, locked);
  if (assigned) return;
  const lines = [
    `${everyone.map((m) => m.name).join(' en ')} ${everyone.length === 1 ? 'heeft' : 'hebben'} het voorstel geaccepteerd en de verklaring getekend.`,
    ...(disclosure ? [`Gemelde relatie: ${disclosure}`, 'Elke partij moet deze melding uitdrukkelijk accepteren.'] : []),
    `${sentTo.length} ${sentTo.length === 1 ? 'partij kreeg' : 'partijen kregen'} een persoonlijke link om in te stemmen.`,
    ...(withoutLink.length > 0 ? [`Leg de instemming vast van: ${withoutLink.map((p) => p.name).join(', ')} (geen e-mailadres).`] : []),
  ];
  await mailCoordinators(trx, act, locked, 'mediator accepteert', lines);
}
