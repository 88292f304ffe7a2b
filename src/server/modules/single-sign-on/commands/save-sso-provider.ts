import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict, invalidField } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { SsoProviderCreate, SsoProviderUpdate } from '../../../../contract/single-sign-on.js';
import { issuerProblem } from '../../../../domain/single-sign-on/sso-rules.js';
import { canSingleSignOn } from '../policy.js';
import { deleteProvider, findProvider, insertProvider, municipalityInPool, updateProvider, type ProviderRow, type ProviderValues } from '../repository.js';
import { loadProviderFor } from '../queries/get-sso-provider.js';
import { mappingOf } from '../present-sso-provider.js';
import { sealSecret } from '../sealed-secret.js';

const ISSUER_TEXT = {
  'not-a-url': 'Vul het adres van de uitgever (issuer) in, beginnend met https://.',
  'not-https': 'De uitgever moet https gebruiken; http mag alleen op deze machine (localhost), voor tests.',
  'has-query': 'Het adres van de uitgever heeft geen vraagteken-deel, # of inloggegevens.',
} as const;

async function checkFields(db: Kysely<DB>, poolId: string, v: ProviderValues) {
  const problem = issuerProblem(v.issuer);
  if (problem) throw invalidField('issuer', `issuer-${problem}`, ISSUER_TEXT[problem]);
  if (v.municipality_id && !(await municipalityInPool(db, poolId, v.municipality_id))) {
    throw invalidField('municipalityId', 'unknown-municipality', 'Deze gemeente is geen lid van de pool.');
  }
  const groups = v.role_mapping.map((m) => `${m.group}\u0000${m.role}`);
  if (new Set(groups).size !== groups.length) throw invalidField('roleMapping', 'duplicate-mapping', 'Een groep staat twee keer met dezelfde rol in de koppeling.');
}

/** What the audit row says about a provider: never the client secret. */
const auditView = (v: ProviderValues) => ({
  label: v.label,
  issuer: v.issuer,
  clientId: v.client_id,
  municipalityId: v.municipality_id,
  roleMapping: v.role_mapping,
  createAccounts: v.create_accounts,
  enabled: v.enabled,
});

/** Adds a provider to the actor's pool (administrators). */
export async function createSsoProvider(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, body: SsoProviderCreate, sessionSecret: string): Promise<string> {
  ensureCan(canSingleSignOn, actor, 'create', { poolId: actor.poolId }, 'collection');
  const values: ProviderValues = {
    label: body.label.trim(),
    municipality_id: body.municipalityId ?? null,
    issuer: body.issuer.trim().replace(/\/+$/, ''),
    client_id: body.clientId.trim(),
    client_secret_sealed: sealSecret(sessionSecret, body.clientSecret),
    scopes: body.scopes ?? 'openid email profile',
    email_claim: body.emailClaim ?? 'email',
    name_claim: body.nameClaim ?? 'name',
    groups_claim: body.groupsClaim ?? 'groups',
    role_mapping: body.roleMapping ?? [],
    create_accounts: body.createAccounts ?? false,
    enabled: body.enabled ?? true,
  };
  await checkFields(trx, actor.poolId, values);
  const id = await insertProvider(trx, actor.poolId, values);
  await writeAudit(trx, ctx, { action: 'sso.provider-create', objectType: 'sso_provider', objectId: id, detail: auditView(values) });
  return id;
}

const valuesOf = (row: ProviderRow): ProviderValues => ({
  label: row.label,
  municipality_id: row.municipality_id,
  issuer: row.issuer,
  client_id: row.client_id,
  client_secret_sealed: row.client_secret_sealed,
  scopes: row.scopes,
  email_claim: row.email_claim,
  name_claim: row.name_claim,
  groups_claim: row.groups_claim,
  role_mapping: mappingOf(row),
  create_accounts: row.create_accounts,
  enabled: row.enabled,
});

/** Changes a provider; a new client secret replaces the kept one, none keeps it. */
export async function updateSsoProvider(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, providerId: string, body: SsoProviderUpdate, sessionSecret: string) {
  const row = await loadProviderFor(trx, actor, providerId);
  ensureCan(canSingleSignOn, actor, 'update', { poolId: row.pool_id });
  const before = valuesOf(row);
  const after: ProviderValues = {
    label: body.label?.trim() ?? before.label,
    municipality_id: body.municipalityId === undefined ? before.municipality_id : body.municipalityId,
    issuer: body.issuer?.trim().replace(/\/+$/, '') ?? before.issuer,
    client_id: body.clientId?.trim() ?? before.client_id,
    client_secret_sealed: body.clientSecret === undefined ? before.client_secret_sealed : sealSecret(sessionSecret, body.clientSecret),
    scopes: body.scopes ?? before.scopes,
    email_claim: body.emailClaim ?? before.email_claim,
    name_claim: body.nameClaim ?? before.name_claim,
    groups_claim: body.groupsClaim ?? before.groups_claim,
    role_mapping: body.roleMapping ?? before.role_mapping,
    create_accounts: body.createAccounts ?? before.create_accounts,
    enabled: body.enabled ?? before.enabled,
  };
  await checkFields(trx, row.pool_id, after);
  if (!(await updateProvider(trx, providerId, row.updated_at, after))) throw conflict('Deze inlogdienst is intussen gewijzigd. Laad de pagina opnieuw.');
  await writeAudit(trx, ctx, {
    action: 'sso.provider-update',
    objectType: 'sso_provider',
    objectId: providerId,
    detail: { before: auditView(before), after: auditView(after), clientSecretReplaced: body.clientSecret !== undefined },
  });
  return (await findProvider(trx, providerId))!;
}

/** Removes a provider and its links to accounts (the accounts themselves stay). */
export async function deleteSsoProvider(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, providerId: string) {
  const row = await loadProviderFor(trx, actor, providerId);
  ensureCan(canSingleSignOn, actor, 'delete', { poolId: row.pool_id });
  if (!(await deleteProvider(trx, providerId))) throw conflict('Deze inlogdienst is intussen verwijderd.');
  await writeAudit(trx, ctx, { action: 'sso.provider-delete', objectType: 'sso_provider', objectId: providerId, detail: auditView(valuesOf(row)) });
}
