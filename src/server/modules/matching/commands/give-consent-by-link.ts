// policy: public (a party has no account; the personal link's token is checked here: unknown 404, used or closed 409, expired 410)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { sha256 } from '../../../auth/tokens.js';
import { conflict, ProblemError } from '../../../http/problem.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { findConsentLink, lockConsentLink, lockProposal, proposalParties } from '../repository/proposals.js';
import { claimConsentLink } from '../repository/proposal-writes.js';
import type { ActContext } from '../proposal-lifecycle.js';
import { applyConsent, type ConsentInput } from './apply-consent.js';

export const PARTY_LINK_LABEL = 'partij (link)';

export const consentLinkUnknown = () =>
  new ProblemError(404, 'consent-link-unknown', 'Link onbekend.', 'Deze link is onbekend. Controleer of u de hele link uit de e-mail heeft overgenomen.');
export const consentLinkUsed = () =>
  conflict('Met deze link is al geantwoord; uw keuze is vastgelegd. Wilt u iets wijzigen, neem dan contact op met de coördinator.', 'consent-link-used');
export const consentLinkExpired = () =>
  new ProblemError(410, 'consent-link-expired', 'Link verlopen.', 'Deze link is verlopen. Neem contact op met de coördinator voor een nieuwe.');
export const proposalNoLongerOpen = () =>
  conflict('Dit voorstel geldt niet meer: de zaak is intussen verder gegaan. U hoeft niets te doen.', 'proposal-closed');

/**
 * The link behind a token, checked in the order a party can act on: unknown (never existed or
 * altered), already used, proposal closed (withdrawn case, another answer came first), expired.
 */
export async function findUsableLink(db: Kysely<DB>, token: string) {
  const link = await findConsentLink(db, sha256(token));
  if (!link) throw consentLinkUnknown();
  return link;
}

export function assertLinkUsable(
  link: { used_at: Date | null; expires_at: Date },
  state: { proposalStatus: string; caseStatus: string; answered: boolean },
): void {
  if (link.used_at !== null || state.answered) throw consentLinkUsed();
  if (state.proposalStatus !== 'open' || state.caseStatus !== 'proposed') throw proposalNoLongerOpen();
  if (link.expires_at.getTime() <= Date.now()) throw consentLinkExpired();
}

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
