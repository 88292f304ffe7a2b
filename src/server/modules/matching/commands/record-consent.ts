import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { authorize } from '../../../auth/authorize.js';
import { invalidField, notFound } from '../../../http/problem.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { lockProposal, proposalMediators, proposalParties } from '../proposal-queries.js';
import { canMatching, proposalAccess } from '../policy.js';
import type { ActContext } from '../proposal-lifecycle.js';
import { assertProposalOpen } from './answer-guards.js';
import { applyConsent, type ConsentInput } from './apply-consent.js';

export interface RecordedConsentInput extends ConsentInput {
  partyId: string;
  method: 'phone' | 'email' | 'letter' | 'meeting';
  givenOn: string;
}

/** The coordinator records a party's answer received by phone, e-mail, letter or in a meeting. */
export async function recordConsent(trx: Kysely<DB>, act: ActContext, actor: Actor, proposalId: string, input: RecordedConsentInput) {
  const locked = await lockProposal(trx, proposalId, actor.poolId);
  const mediators = await proposalMediators(trx, [proposalId]);
  if (!proposalAccess(actor, { poolId: locked.proposal.pool_id, proposedUserIds: mediators.map((m) => m.user_id) })) throw notFound();
  authorize(canMatching(actor, 'record-consent'), 'collection');
  assertProposalOpen(locked);
  const today = todayInAmsterdam();
  const proposedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(locked.proposal.proposed_at);
  if (input.givenOn > today) throw invalidField('givenOn', 'in-future', 'De datum van de instemming ligt in de toekomst.');
  if (input.givenOn < proposedOn) throw invalidField('givenOn', 'before-proposal', 'De datum ligt vóór het voorstel.');
  const party = (await proposalParties(trx, proposalId, locked.caseRow.id)).find((p) => p.id === input.partyId);
  if (!party) throw invalidField('partyId', 'unknown', 'Deze partij hoort niet bij de zaak.');
  await applyConsent(trx, act, locked, party, input, { method: input.method, givenOn: input.givenOn, recordedBy: actor.userId });
}
