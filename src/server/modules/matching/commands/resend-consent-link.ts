import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { writeAudit } from '../../../audit/write-audit.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { recordCaseEvent } from '../../case-status/index.js';
import { poolName } from '../../pool/index.js';
import { proposalParties } from '../repository/proposals.js';
import { consentLinkExpiry, mailConsentLink, type ActContext } from '../proposal-lifecycle.js';
import { lockProposalForAct } from './lock-proposal-for-act.js';

/**
 * The coordinator sends a party a new personal link: the first one expired, got lost, or the
 * party's e-mail address was added or corrected after the mediator accepted.
 */
export async function resendConsentLink(trx: Kysely<DB>, act: ActContext, actor: Actor, proposalId: string, partyId: string) {
  // The policy refuses while a mediator has not yet signed the declaration (409 awaiting-declaration).
  const { locked, mediators } = await lockProposalForAct(trx, actor, proposalId, 'resendConsentLink');
  const party = (await proposalParties(trx, proposalId, locked.caseRow.id)).find((p) => p.id === partyId);
  if (!party) throw invalidField('partyId', 'unknown', 'Deze partij hoort niet bij de zaak.');
  if (party.consent_id !== null) throw conflict('Het antwoord van deze partij is al vastgelegd.', 'consent-already-recorded');
  const email = party.email?.trim();
  if (!email) throw conflict('Van deze partij is geen e-mailadres bekend. Vul het aan bij de zaak, of leg het antwoord zelf vast.', 'no-email');
  const expiresAt = consentLinkExpiry();
  await mailConsentLink(trx, act, locked, { id: party.id, name: party.name, email }, mediators, await poolName(trx, locked.caseRow.pool_id), expiresAt);
  await recordCaseEvent(trx, act.ctx, { poolId: locked.caseRow.pool_id, caseId: locked.caseRow.id, kind: 'consent-link', detail: { proposalId, partyId, party: party.name } });
  await writeAudit(trx, act.ctx, { action: 'matching.consent-link', objectType: 'proposal', objectId: proposalId, detail: { partyId } });
  return expiresAt;
}
