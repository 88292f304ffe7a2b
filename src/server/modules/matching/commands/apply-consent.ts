// policy: a step of record-consent (the coordinator, asked through lockProposalForAct) and give-consent-by-link (the party's token); it is never called on its own.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { ConsentDecision, ConsentMethod } from '../../../db/schema-matching.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { recordCaseEvent } from '../../case-status/index.js';
import { proposalMediators, type LockedProposal, type ProposalPartyRow } from '../repository/proposals.js';
import { insertPartyConsent, useUpPartyLink } from '../repository/proposal-writes.js';
import { disclosureText } from '../proposal-facts.js';
import { completeIfReady, returnToMatching, type ActContext } from '../proposal-lifecycle.js';

export interface ConsentInput {
  decision: ConsentDecision;
  reason?: string | null | undefined;
  /** Required (true) to accept when a mediator disclosed a relationship. */
  disclosureAccepted?: boolean | undefined;
}

export interface ConsentSource {
  method: ConsentMethod;
  givenOn: string;
  /** The coordinator who recorded it; null when the party used its link. */
  recordedBy: string | null;
  /** For the audit row of a party without an account. */
  actorLabel?: string;
}

export const DECISION_TEXT: Record<ConsentDecision, string> = {
  accept: 'stemt in met de voorgestelde mediator',
  another_mediator: 'vraagt om een andere mediator',
  external_mediator: 'vraagt om een externe mediator',
};

/** Ways of receiving an answer that are in writing: the party's own link, an e-mail, a letter (or a signed form). */
const IN_WRITING: readonly ConsentMethod[] = ['link', 'email', 'letter'];

/**
 * MfN conduct rule 2.3: with a disclosed relationship the mediator may act only when every party
 * accepted it in writing. Accepting the proposal therefore needs `disclosureAccepted: true`, given
 * in writing; `false` is a refusal of the relationship, which is a refusal of the proposal.
 */
function disclosureAnswer(disclosure: string | null, input: ConsentInput, source: ConsentSource): { disclosureAccepted: boolean; disclosureRefused: boolean } {
  if (disclosure === null) return { disclosureAccepted: false, disclosureRefused: false };
  if (input.decision !== 'accept') return { disclosureAccepted: false, disclosureRefused: input.disclosureAccepted === false };
  if (input.disclosureAccepted === false) {
    throw invalidField('disclosureAccepted', 'refused-but-accepting', 'Wie de gemelde relatie niet accepteert, kan niet instemmen met deze mediator. Kies een andere of een externe mediator.');
  }
  if (input.disclosureAccepted !== true) {
    throw invalidField('disclosureAccepted', 'required', 'De mediator heeft een relatie met een partij gemeld. Instemmen kan alleen als u die melding accepteert.');
  }
  if (!IN_WRITING.includes(source.method)) {
    throw invalidField('method', 'not-in-writing', 'Een gemelde relatie moet schriftelijk worden geaccepteerd: leg een acceptatie per e-mail of brief vast.');
  }
  return { disclosureAccepted: true, disclosureRefused: false };
}

/**
 * One party's answer to a proposal, however it reached us. Consent is asked only after every
 * proposed mediator has signed the declaration, so a party always answers knowing any disclosed
 * relationship, and an acceptance records that it accepted that disclosure. The last acceptance
 * assigns the case; a refusal sends it back to matching and excludes the proposed mediators.
 */
export async function applyConsent(trx: Kysely<DB>, act: ActContext, locked: LockedProposal, party: ProposalPartyRow, input: ConsentInput, source: ConsentSource) {
  const mediators = await proposalMediators(trx, [locked.proposal.id]);
  if (mediators.some((m) => m.answer !== 'accepted')) {
    throw conflict('De mediator heeft het voorstel nog niet geaccepteerd. Vraag de partijen daarna om instemming.', 'awaiting-declaration');
  }
  if (party.consent_id !== null) throw conflict('Het antwoord van deze partij is al vastgelegd.', 'consent-already-recorded');
  const disclosure = disclosureText(locked.proposal.disclosure, mediators);
  const { disclosureAccepted, disclosureRefused } = disclosureAnswer(disclosure, input, source);
  const reason = input.reason?.trim() || null;
  await insertPartyConsent(trx, {
    poolId: locked.caseRow.pool_id,
    proposalId: locked.proposal.id,
    caseId: locked.caseRow.id,
    partyId: party.id,
    decision: input.decision,
    reason,
    method: source.method,
    givenOn: source.givenOn,
    recordedBy: source.recordedBy,
    disclosureText: disclosure,
    disclosureAccepted,
    disclosureRefused,
  });
  // A consent recorded by the coordinator makes the party's link useless from now on.
  await useUpPartyLink(trx, locked.proposal.id, party.id);

  const detail = {
    proposalId: locked.proposal.id,
    partyId: party.id,
    party: party.name,
    decision: input.decision,
    method: source.method,
    givenOn: source.givenOn,
    disclosureAccepted,
    ...(disclosureRefused ? { disclosureRefused: true } : {}),
  };
  await recordCaseEvent(trx, { ...act.ctx, ...(source.actorLabel ? { label: source.actorLabel } : {}) }, {
    poolId: locked.caseRow.pool_id,
    caseId: locked.caseRow.id,
    kind: 'consent',
    reason,
    detail,
  });
  await writeAudit(trx, { ...act.ctx, poolId: locked.caseRow.pool_id }, {
    action: 'matching.consent',
    objectType: 'proposal',
    objectId: locked.proposal.id,
    detail: { caseId: locked.caseRow.id, partyId: party.id, decision: input.decision, method: source.method, disclosureAccepted, disclosureRefused },
    ...(source.actorLabel ? { actorLabel: source.actorLabel } : {}),
  });

  if (input.decision === 'accept') {
    await completeIfReady(trx, act, locked);
    return;
  }
  const internal = mediators.filter((m) => m.mediator_id !== null);
  await returnToMatching(trx, act, locked, {
    proposalStatus: 'refused',
    reason: `Partij ${party.name} ${disclosureRefused ? `accepteert de gemelde relatie niet en ${DECISION_TEXT[input.decision]}` : DECISION_TEXT[input.decision]}${reason ? `: ${reason}` : '.'}`,
    exclude: internal.map((m) => ({ mediatorId: m.mediator_id!, kind: 'refused_by_party' as const, reason })),
    wantsExternalMediator: input.decision === 'external_mediator',
    notifyCoordinator: true,
    notifyMediators: mediators,
    headline: disclosureRefused
      ? 'partij accepteert de gemelde relatie niet'
      : input.decision === 'external_mediator'
        ? 'partij vraagt om een externe mediator'
        : 'partij vraagt om een andere mediator',
  });
}
