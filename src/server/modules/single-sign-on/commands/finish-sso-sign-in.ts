// policy: public (the provider's signed answer, bound to this browser's flow cookie, is the check)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { createSession } from '../../../auth/sessions.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import type { SsoCallbackQuery, SsoFailure } from '../../../../contract/single-sign-on.js';
import { emailVerified, groupsClaim, rolesAfterSignIn, sameRoles, stringClaim } from '../../../../domain/single-sign-on/sso-rules.js';
import { isRole } from '../../../../domain/roles.js';
import {
  findAccountByEmail,
  findLinkedAccount,
  findProvider,
  insertIdentity,
  insertSsoAccount,
  touchIdentity,
  updateRoles,
  type ProviderRow,
} from '../repository.js';
import { CallbackRefused, exchangeCode, providerConfiguration } from '../relying-party.js';
import { mappingOf } from '../present-sso-provider.js';
import { openSecret } from '../sealed-secret.js';
import type { Flow } from '../flow-cookie.js';

export interface FinishInput {
  flow: Flow | null;
  query: SsoCallbackQuery;
  /** The callback's full address as the provider sent the browser to it. */
  callbackUrl: URL;
  sessionSecret: string;
  ip: string;
  userAgent: string | undefined;
}

export type FinishResult = { ok: true; token: string; expiresAt: Date } | { ok: false; failure: SsoFailure };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Finishes a sign-in through the provider. Every check comes before any change: the flow cookie
 * (state, nonce, PKCE verifier of this browser's request), the code exchange with the ID token's
 * signature, issuer, audience and nonce, a verified e-mail address, and an account of the
 * provider's pool (found by the provider's subject, else linked by that address, else made when
 * the provider allows it). Only then, in one transaction: the link, a new account, the roles
 * from the groups, the session and their audit rows. A refusal changes nothing but its audit row,
 * and tells the person only which of a few coarse reasons applies.
 */
export async function finishSsoSignIn(db: Kysely<DB>, ctx: AuditContext, input: FinishInput): Promise<FinishResult> {
  const base: AuditContext = { ...ctx, actor: null };
  const refuse = async (failure: SsoFailure, reason: string, provider: ProviderRow | null, extra: Record<string, unknown> = {}): Promise<FinishResult> => {
    await writeAudit(db, { ...base, poolId: provider?.pool_id ?? null }, {
      action: 'sso.login',
      objectType: 'sso_provider',
      objectId: provider?.id ?? null,
      result: 'denied',
      actorLabel: typeof extra.email === 'string' ? extra.email : 'inlogdienst',
      detail: { reason, ...extra },
    });
    return { ok: false, failure };
  };

  const { flow, query } = input;
  if (!flow) return refuse('verlopen', 'no-flow', null);
  const provider = (await findProvider(db, flow.providerId)) ?? null;
  if (!provider?.enabled) return refuse('niet-beschikbaar', 'provider-unavailable', provider);
  if (query.error !== undefined) return refuse('geweigerd', 'provider-error', provider, { error: query.error.slice(0, 100) });

  const clientSecret = openSecret(input.sessionSecret, provider.client_secret_sealed);
  if (clientSecret === null) return refuse('niet-beschikbaar', 'client-secret-unreadable', provider);

  let claims: Record<string, unknown>;
  try {
    const config = await providerConfiguration({ id: provider.id, issuer: provider.issuer, clientId: provider.client_id, clientSecret, updatedAt: provider.updated_at });
    claims = await exchangeCode(config, input.callbackUrl, flow);
  } catch (err) {
    if (err instanceof CallbackRefused) return refuse('ongeldig', err.reason, provider, { message: err.message.slice(0, 300) });
    return refuse('niet-beschikbaar', 'provider-unreachable', provider, { message: err instanceof Error ? err.message.slice(0, 300) : 'unknown' });
  }

  const subject = stringClaim(claims, 'sub');
  const email = stringClaim(claims, provider.email_claim)?.toLowerCase() ?? null;
  if (!subject || !email || !EMAIL.test(email) || email.length > 254) return refuse('ongeldig', 'no-email-claim', provider);
  if (!emailVerified(claims)) return refuse('niet-geverifieerd', 'email-not-verified', provider, { email });

  const linked = await findLinkedAccount(db, provider.id, subject);
  const byEmail = linked ? undefined : await findAccountByEmail(db, email);
  const account = linked ?? byEmail;
  if (account && (account.pool_id !== provider.pool_id || !account.active)) {
    return refuse('geen-account', account.active ? 'account-of-other-pool' : 'account-inactive', provider, { email });
  }
  if (!account && !provider.create_accounts) return refuse('geen-account', 'no-account', provider, { email });

  const mapping = mappingOf(provider);
  const groups = groupsClaim(claims, provider.groups_claim);
  const name = (stringClaim(claims, provider.name_claim) ?? email).slice(0, 200);
  const poolCtx: AuditContext = { ...base, poolId: provider.pool_id };
  const via = { provider: provider.id, label: provider.label };

  const session = await db.transaction().execute(async (trx) => {
    let userId: string;
    if (!account) {
      const roles = rolesAfterSignIn([], mapping, groups);
      userId = await insertSsoAccount(trx, { poolId: provider.pool_id, municipalityId: provider.municipality_id, email, name, roles });
      await insertIdentity(trx, provider.id, subject, userId);
      await writeAudit(trx, poolCtx, { action: 'sso.account-create', objectType: 'user', objectId: userId, actorLabel: email, detail: { ...via, roles } });
    } else {
      userId = account.id;
      if (!linked) {
        await insertIdentity(trx, provider.id, subject, userId);
        await writeAudit(trx, poolCtx, { action: 'sso.link', objectType: 'user', objectId: userId, actorLabel: email, detail: via });
      } else {
        await touchIdentity(trx, provider.id, subject);
      }
      const roles = rolesAfterSignIn(account.roles, mapping, groups);
      if (!sameRoles(account.roles.filter(isRole), roles) && (await updateRoles(trx, userId, account.roles, roles))) {
        await writeAudit(trx, poolCtx, { action: 'sso.roles', objectType: 'user', objectId: userId, actorLabel: email, detail: { ...via, before: account.roles, after: roles } });
      }
    }
    const created = await createSession(trx, userId, { ip: input.ip, userAgent: input.userAgent, secondFactor: 'sso' });
    await writeAudit(trx, poolCtx, { action: 'sso.login', objectType: 'session', objectId: userId, actorLabel: email, detail: via });
    return created;
  });
  return { ok: true, token: session.token, expiresAt: session.expiresAt };
}
