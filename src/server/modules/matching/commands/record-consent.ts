import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { invalidField } from '../../../http/problem.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import type { RecordConsentInput } from '../../../../contract/matching.js';
import { proposalParties } from '../repository/proposals.js';
import type { ActContext } from '../proposal-lifecycle.js';
import { applyConsent } from './apply-consent.js';
import { lockProposalForAct } from './lock-proposal-for-act.js';
import { isoDateInZone } from '../../../../domain/calendar/iso-date.js';

/** The coordinator records a party's answer received by phone, e-mail, letter or in a meeting. */
export async function recordConsent(trx: Kysely<DB>, act: ActContext, actor: Actor, proposalId: string, input: RecordConsentInput) {
  const { locked } = await lockProposalForAct(trx, actor, proposalId, 'recordConsent');
  const today = todayInAmsterdam();
  const proposedOn = isoDateInZone(locked.proposal.proposed_at);
  if (input.givenOn > today) throw invalidField('givenOn', 'in-future', 'De datum van de instemming ligt in de toekomst.');
  if (input.givenOn < proposedOn) throw invalidField('givenOn', 'before-proposal', 'De datum ligt vóór het voorstel.');
  const party = (await proposalParties(trx, proposalId, locked.caseRow.id)).find((p) => p.id === input.partyId);
  if (!party) throw invalidField('partyId', 'unknown', 'Deze partij hoort niet bij de zaak.');
  await applyConsent(trx, act, locked, party, input, { method: input.method, givenOn: input.givenOn, recordedBy: actor.userId });
}
