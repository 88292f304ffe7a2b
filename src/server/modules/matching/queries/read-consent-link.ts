// policy: public (a party has no account; its personal link's token is checked here: unknown 404, used or closed 409, expired 410)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { PublicConsent } from '../../../../contract/matching.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { disclosureText } from '../proposal-facts.js';
import { consentLinkState, proposalMediators } from '../repository/proposals.js';
import { assertLinkUsable, findUsableLink } from '../consent-link.js';
import { PARTY_LINK_LABEL } from '../commands/give-consent-by-link.js';

const PROFESSION = { mediator: 'mediator', process_facilitator: 'procesbegeleider' } as const;

/**
 * What a party sees behind its personal link: the proposed mediator's name, municipality and
 * profession, any disclosed relationship and the pool's name, nothing about the case. The read is
 * audited as the link's addressee's (the party, whoever else is signed in), on the proposal: never
 * with the token, which the audit log must not hold.
 */
export async function readConsentLink(db: Kysely<DB>, ctx: AuditContext, token: string): Promise<PublicConsent> {
  const link = await findUsableLink(db, token);
  const state = await consentLinkState(db, link.proposal_id, link.party_id);
  assertLinkUsable(link, { proposalStatus: state.proposal_status, caseStatus: state.case_status, answered: state.consent_id !== null });
  const mediators = await proposalMediators(db, [link.proposal_id]);
  await writeAudit(db, { ...ctx, actor: null, poolId: link.pool_id }, {
    action: 'matching.consent-link.read',
    objectType: 'proposal',
    objectId: link.proposal_id,
    purpose: 'instemming',
    actorLabel: PARTY_LINK_LABEL,
    detail: { partyId: link.party_id },
  });
  return {
    poolName: state.pool_name,
    mediators: mediators.map((m) => ({
      role: m.role,
      name: m.name,
      municipality: m.external_mediator_id ? null : m.municipality_name,
      profession: m.external_mediator_id ? 'externe mediator' : PROFESSION[m.kind ?? 'mediator'],
      organisation: m.external_mediator_id ? m.external_organisation : null,
    })),
    disclosure: disclosureText(state.proposal_disclosure, mediators),
    expiresAt: link.expires_at.toISOString(),
  };
}
