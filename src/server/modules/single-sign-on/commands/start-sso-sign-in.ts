// policy: public (anyone may begin signing in through an enabled provider; the provider decides who gets in)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { SsoFailure } from '../../../../contract/single-sign-on.js';
import { findProvider } from '../repository.js';
import { authorizationRequest, providerConfiguration } from '../relying-party.js';
import { callbackUrl } from '../present-sso-provider.js';
import { openSecret } from '../sealed-secret.js';
import type { Flow } from '../flow-cookie.js';

export type StartResult = { ok: true; location: string; flow: Flow } | { ok: false; failure: SsoFailure; why: string };

/**
 * Discovers the provider (at sign-in time, cached briefly) and builds its authorisation request
 * with a fresh state, nonce and PKCE verifier, which the route keeps in the flow cookie.
 */
export async function startSsoSignIn(db: Kysely<DB>, providerId: string, opts: { baseUrl: string; sessionSecret: string }): Promise<StartResult> {
  const row = await findProvider(db, providerId);
  if (!row?.enabled) return { ok: false, failure: 'niet-beschikbaar', why: 'unknown or disabled provider' };
  const clientSecret = openSecret(opts.sessionSecret, row.client_secret_sealed);
  if (clientSecret === null) return { ok: false, failure: 'niet-beschikbaar', why: 'client secret unreadable (was SESSION_SECRET changed?)' };
  try {
    const config = await providerConfiguration({ id: row.id, issuer: row.issuer, clientId: row.client_id, clientSecret, updatedAt: row.updated_at });
    const { url, secrets } = await authorizationRequest(config, callbackUrl(opts.baseUrl), row.scopes);
    return { ok: true, location: url.href, flow: { providerId: row.id, ...secrets } };
  } catch (err) {
    return { ok: false, failure: 'niet-beschikbaar', why: `discovery failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
