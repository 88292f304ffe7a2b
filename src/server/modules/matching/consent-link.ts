import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { sha256 } from '../../auth/tokens.js';
import { conflict, ProblemError } from '../../http/problem.js';
import { findConsentLink } from './repository/proposals.js';

/**
 * A party's personal consent link: what the public consent page and the party's answer check
 * instead of a policy (the party has no account; the token is the permission). Only the token's
 * SHA-256 is stored.
 */

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
