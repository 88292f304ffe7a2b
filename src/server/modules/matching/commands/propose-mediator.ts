import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { matchingTaskMail } from '../../../mail/templates/matching-task-mail.js';
import { invalidField, ProblemError, type InvalidParam } from '../../../http/problem.js';
import { checkTransition } from '../../../../domain/cases/case-transitions.js';
import { SYSTEM_ACTOR } from '../../../../domain/cases/actor-context.js';
import type { MatchRole } from '../../../../domain/matching/index.js';
import { loadCaseForActor, guardedStatusUpdate, recordCaseEvent, todayInAmsterdam } from '../../case-status/index.js';
import type { ProposeInput } from '../../../../contract/matching.js';
import { poolName } from '../../pool/index.js';
import { caseObject, ensureMatching } from '../policy.js';
import { insertProposal, insertProposalMediator, lentOutsideTheirLoan, lockPoolMediators } from '../repository/proposal-writes.js';
import { loadMatchingPolicy } from '../matching-settings.js';
import { loadPoolCases, loadPoolMediators, matchingPeriod, type PoolMediator } from '../load-matching-inputs.js';
import { disclosuresFor, exclusionsFor } from '../eligibility.js';
import { closeStaleProposals, proposalLink, type ActContext } from '../proposal-lifecycle.js';

/**
 * The coordinator proposes a lead (and optionally a co-mediator) for a case in `matching`. The
 * hard rules are checked again here, inside the transaction, against fresh data: the candidate
 * list the coordinator saw may be stale, and the API can be called without it.
 *
 * A mediator with a registered relationship with a party may be proposed only with that
 * relationship disclosed (MfN conduct rule 2.3): the coordinator's `disclosure` is required then,
 * kept on the proposal, shown to every party, and the case is assigned only when each party has
 * accepted it in writing (apply-consent.ts).
 *
 * Capacity under concurrency: the mediators' profile rows are locked (in id order, so two
 * proposals naming the same two mediators cannot deadlock) before their open assignments and
 * open proposals are counted. A second coordinator proposing the same mediator's last free place
 * waits for the lock, then counts the first proposal and gets 409 "Vol".
 */
export async function proposeMediator(trx: Kysely<DB>, act: ActContext, actor: Actor, caseId: string, input: ProposeInput) {
  const loaded = await loadCaseForActor(trx, actor, caseId, { forUpdate: true });
  ensureMatching(actor, 'propose', caseObject(loaded));
  const { row } = loaded;
  const check = checkTransition('matching', 'proposed', SYSTEM_ACTOR);
  if (!check.ok) throw new ProblemError(409, 'illegal-transition', 'Deze stap kan niet.', check.error.message);
  const coId = input.coMediatorId ?? null;
  if (coId !== null && coId === input.mediatorId) {
    throw invalidField('coMediatorId', 'same-as-lead', 'Kies een andere co-mediator dan de mediator zelf.');
  }
  const roles: [string, MatchRole, 'mediatorId' | 'coMediatorId'][] = [[input.mediatorId, 'lead', 'mediatorId']];
  if (coId !== null) roles.push([coId, 'co_mediator', 'coMediatorId']);

  const ids = roles.map(([id]) => id).sort();
  const locked = await lockPoolMediators(trx, row.pool_id, ids);
  for (const [id, , field] of roles) {
    if (!locked.includes(id)) throw invalidField(field, 'unknown', 'Deze mediator bestaat niet in uw pool.');
  }

  const when = matchingPeriod(todayInAmsterdam());
  const [policy, cases, mediators] = await Promise.all([
    loadMatchingPolicy(trx, row.pool_id),
    loadPoolCases(trx, row.pool_id, when, [row.id]),
    loadPoolMediators(trx, row.pool_id, when, ids),
  ]);
  const matchCase = cases[0]!;
  const byId = new Map(mediators.map((m) => [m.candidate.id, m]));
  const problems: InvalidParam[] = [];
  const chosen: { mediator: PoolMediator; role: MatchRole }[] = [];
  for (const [id, role, field] of roles) {
    const mediator = byId.get(id);
    if (!mediator) {
      // Only a mediator who has left is missing from the inputs.
      problems.push({ name: field, code: 'not_active', reason: 'Status: vertrokken' });
      continue;
    }
    for (const e of exclusionsFor(matchCase, mediator, policy, role)) problems.push({ name: field, code: e.code, reason: e.reason });
    chosen.push({ mediator, role });
  }
  const lentElsewhere = new Set(await lentOutsideTheirLoan(trx, row.pool_id, row.id, ids));
  for (const [id, , field] of roles) {
    if (lentElsewhere.has(id)) problems.push({ name: field, code: 'lent_for_other_case', reason: 'Uitgeleend door een andere pool, alleen voor de zaak waarvoor de lening is goedgekeurd' });
  }
  if (problems.length > 0) {
    const names = new Map(mediators.map((m) => [m.candidate.id, m.candidate.name ?? m.candidate.id]));
    const who = (field: string) => names.get(field === 'mediatorId' ? input.mediatorId : coId ?? '') ?? 'De mediator';
    const detail = problems.map((p) => `${who(p.name)}: ${p.reason}`).join('; ');
    throw new ProblemError(409, 'mediator-excluded', 'Deze mediator kan niet worden voorgesteld.', `${detail}.`, problems);
  }

  const relationships = chosen.flatMap(({ mediator }) => disclosuresFor(matchCase, mediator).map((d) => `${mediator.candidate.name ?? 'De mediator'}: ${d.reason}`));
  const disclosure = input.disclosure?.trim() || null;
  if (relationships.length > 0 && disclosure === null) {
    throw invalidField(
      'disclosure',
      'required',
      `Meld de relatie aan de partijen (MfN-gedragsregel 2.3): ${relationships.join('; ')}. Elke partij moet de melding schriftelijk accepteren voordat de mediator mag optreden.`,
    );
  }

  await closeStaleProposals(trx, row.id, 'De zaak is buiten dit voorstel om verder gegaan.');
  const note = input.note?.trim() || null;
  const proposal = await insertProposal(trx, { pool_id: row.pool_id, case_id: row.id, proposed_by: actor.userId, note, disclosure });
  for (const { mediator, role } of chosen) {
    await insertProposalMediator(trx, { pool_id: row.pool_id, proposal_id: proposal.id, case_id: row.id, mediator_id: mediator.candidate.id, role: role === 'lead' ? 'lead' : 'co' });
  }
  await guardedStatusUpdate(trx, row.id, 'matching', 'proposed');
  const detail = {
    proposalId: proposal.id,
    mediators: chosen.map(({ mediator, role }) => ({ mediatorId: mediator.candidate.id, name: mediator.candidate.name, role: role === 'lead' ? 'lead' : 'co' })),
    ...(disclosure !== null ? { disclosure, relationships } : {}),
  };
  await recordCaseEvent(trx, act.ctx, { poolId: row.pool_id, caseId: row.id, kind: 'proposal', detail });
  await recordCaseEvent(trx, { ...act.ctx, actor: null, label: 'systeem' }, {
    poolId: row.pool_id,
    caseId: row.id,
    kind: 'transition',
    fromStatus: 'matching',
    toStatus: 'proposed',
    detail: { proposalId: proposal.id },
  });
  await writeAudit(trx, act.ctx, { action: 'matching.propose', objectType: 'case', objectId: row.id, detail });

  const pool = await poolName(trx, row.pool_id);
  for (const { mediator, role } of chosen) {
    if (!mediator.email) continue;
    const mail = matchingTaskMail({
      name: mediator.candidate.name ?? 'mediator',
      poolName: pool,
      caseNumber: row.number,
      role: role === 'lead' ? 'lead' : 'co',
      coordinatorName: actor.name,
      link: proposalLink(act.baseUrl, proposal.id),
    });
    await enqueueMail(trx, { poolId: row.pool_id, kind: 'matching.task', to: mediator.email, ...mail });
  }
  return proposal.id;
}
