import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { SSO_ACTIONS, type SsoProvider, type SsoRoleMapping } from '../../../contract/single-sign-on.js';
import { isRole } from '../../../domain/roles.js';
import { canSingleSignOn } from './policy.js';
import type { ProviderRow } from './repository.js';

export const callbackUrl = (baseUrl: string) => `${baseUrl}/api/v1/sso/callback`;

/** The mapping as kept, without entries whose role no longer exists. */
export const mappingOf = (row: Pick<ProviderRow, 'role_mapping'>): SsoRoleMapping[] =>
  (Array.isArray(row.role_mapping) ? row.role_mapping : []).flatMap((m) => (typeof m?.group === 'string' && isRole(m.role) ? [{ group: m.group, role: m.role }] : []));

/** A provider for its administrator: everything but the client secret, which never leaves. */
export function presentSsoProvider(actor: Actor, row: ProviderRow, baseUrl: string): SsoProvider {
  return {
    id: row.id,
    label: row.label,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    issuer: row.issuer,
    clientId: row.client_id,
    hasClientSecret: row.client_secret_sealed !== '',
    scopes: row.scopes,
    emailClaim: row.email_claim,
    nameClaim: row.name_claim,
    groupsClaim: row.groups_claim,
    roleMapping: mappingOf(row),
    createAccounts: row.create_accounts,
    enabled: row.enabled,
    redirectUri: callbackUrl(baseUrl),
    updatedAt: row.updated_at.toISOString(),
    allowedActions: allowedActions(canSingleSignOn, actor, { poolId: row.pool_id }, SSO_ACTIONS),
  };
}
