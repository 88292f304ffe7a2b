// policy: public (a party has no account; the personal link's token is checked here: unknown 404, used or closed 409, expired 410)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { lockConsentLink, lockProposal, proposalParties } from '../repository/proposals.js';
import { assertLinkUsable, consentLinkUnknown, consentLinkUsed, findUsableLink } from '../consent-link.js';
import { claimConsentLink } from '../repository/proposal-writes.js';
import type { ActContext } from '../proposal-lifecycle.js';
import { applyConsent, type ConsentInput } from './apply-consent.js';

export const PARTY_LINK_LABEL = 'partij (link)';

/** A party answers through its personal link: no account; the link is claimed exactly once. */
export async function giveConsentByLink(trx: Kysely<DB>, act: ActContext, token: string, input: ConsentInput) {
  const link = await findUsableLink(trx, token);
  const locked = await lockProposal(trx, link.proposal_id);
  const fresh = await lockConsentLink(trx, link.id);
  const party = (await proposalParties(trx, link.proposal_id, locked.caseRow.id)).find((p) => p.id === link.party_id);
  if (!party) throw consentLinkUnknown();
  assertLinkUsable(fresh, { proposalStatus: locked.proposal.status, caseStatus: locked.caseRow.status, answered: party.consent_id !== null });
  if (!(await claimConsentLink(trx, link.id))) throw consentLinkUsed();
  const ctx = { ...act.ctx, actor: null, poolId: locked.caseRow.pool_id, label: PARTY_LINK_LABEL };
  await applyConsent(trx, { ...act, ctx }, locked, party, input, {
    method: 'link',
    givenOn: todayInAmsterdam(),
    recordedBy: null,
    actorLabel: PARTY_LINK_LABEL,
  });
}
