import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { PROPOSAL_ACTIONS, type Proposal } from '../../../contract/matching.js';
import { canMatching, proposalViewOf } from './policy.js';
import { disclosureText, proposalObject } from './proposal-facts.js';
import { caseMediatorUserIds, proposalCase, proposalMediators, proposalParties, userName, type ProposalCaseRow, type ProposalMediatorRow, type ProposalRow } from './repository/proposals.js';

function presentMediator(m: ProposalMediatorRow, view: 'coordinator' | 'mediator'): Proposal['mediators'][number] {
  return {
    role: m.role,
    mediatorId: m.mediator_id,
    name: m.name,
    municipality: m.external_mediator_id ? null : m.municipality_name,
    kind: m.external_mediator_id ? 'external' : (m.kind ?? 'mediator'),
    external: m.external_mediator_id
      ? {
          id: m.external_mediator_id,
          organisation: m.external_organisation ?? '',
          mfnNumber: m.external_mfn_number ?? '',
          agreedRateCents: view === 'coordinator' ? m.external_rate_cents : null,
          email: view === 'coordinator' ? m.external_email : null,
          chosenBy: m.external_chosen_by ?? 'coordinator',
        }
      : null,
    answer: m.answer,
    answeredAt: m.answered_at?.toISOString() ?? null,
    declaration:
      m.answer === 'accepted'
        ? { noInterestInOutcome: m.no_interest_in_outcome === true, noEarlierAdviceToAParty: m.no_earlier_advice === true, relationshipsDisclosure: m.relationships_disclosure }
        : null,
    declineReason: view === 'coordinator' ? m.decline_reason : null,
  };
}

/**
 * A proposal for the coordinator (everything, including each party's consent and link state) or
 * for a proposed mediator: what they need to judge a conflict of interest (case number, type,
 * municipality, the parties' names, roles, organisations and departments), never the case
 * description and never the parties' contact details or answers. The caller has asked the policy
 * (`view`); the answer carries what this actor may do with the proposal now. `known` saves
 * reading again what the caller already read.
 */
export async function presentProposal(
  db: Kysely<DB>,
  actor: Actor,
  proposal: ProposalRow,
  known: { caseRow?: ProposalCaseRow; mediators?: ProposalMediatorRow[]; caseMediatorUserIds?: string[] } = {},
): Promise<Proposal> {
  const [caseRow, mediators, current, parties, proposer] = await Promise.all([
    known.caseRow ?? proposalCase(db, proposal.case_id),
    known.mediators ?? proposalMediators(db, [proposal.id]),
    known.caseMediatorUserIds ?? caseMediatorUserIds(db, proposal.case_id),
    proposalParties(db, proposal.id, proposal.case_id),
    userName(db, proposal.proposed_by),
  ]);
  const object = proposalObject(proposal, caseRow.status, mediators, current);
  const view = proposalViewOf(actor, object);
  const mine = mediators.find((m) => m.user_id === actor.userId) ?? null;
  const open = proposal.status === 'open' && caseRow.status === 'proposed';
  const stage = !open ? 'closed' : mediators.every((m) => m.answer === 'accepted') ? 'awaiting_parties' : 'awaiting_mediator';
  const coordinator = view === 'coordinator';
  return {
    id: proposal.id,
    caseId: caseRow.id,
    caseNumber: caseRow.number,
    caseType: caseRow.case_type,
    caseStatus: caseRow.status,
    requestingMunicipality: { id: caseRow.municipality_id, name: caseRow.municipality_name },
    status: proposal.status,
    stage,
    view,
    myRole: mine?.role ?? null,
    myAnswer: mine?.answer ?? null,
    proposedAt: proposal.proposed_at.toISOString(),
    proposedBy: proposer,
    note: coordinator ? proposal.note : null,
    closedAt: proposal.closed_at?.toISOString() ?? null,
    closeReason: coordinator ? proposal.close_reason : null,
    disclosure: disclosureText(proposal.disclosure, mediators.filter((m) => m.answer === 'accepted')),
    mediators: mediators.map((m) => presentMediator(m, view)),
    parties: parties.map((p) => ({
      id: p.id,
      role: p.role,
      name: p.name,
      organisation: p.organisation,
      municipality: p.municipality_id ? { id: p.municipality_id, name: p.municipality_name ?? '' } : null,
      department: p.department,
      hasEmail: coordinator ? Boolean(p.email?.trim()) : null,
      consent:
        coordinator && p.consent_id !== null
          ? {
              decision: p.decision!,
              method: p.method!,
              givenOn: p.given_on!,
              recordedAt: p.recorded_at!.toISOString(),
              recordedBy: p.recorded_by_name,
              reason: p.consent_reason,
              disclosureAccepted: p.disclosure_accepted === true,
              disclosureRefused: p.disclosure_refused === true,
            }
          : null,
      link:
        coordinator && p.link_sent_at
          ? { sentAt: p.link_sent_at.toISOString(), expiresAt: p.link_expires_at!.toISOString(), usedAt: p.link_used_at?.toISOString() ?? null }
          : null,
    })),
    allowedActions: allowedActions(canMatching, actor, object, PROPOSAL_ACTIONS),
  };
}
