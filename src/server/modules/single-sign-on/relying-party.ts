import * as oidc from 'openid-client';
import { isLoopbackHttp } from '../../../domain/single-sign-on/sso-rules.js';

/**
 * The relying party's side of OpenID Connect, through `openid-client` (ADR 0016): discovery of the
 * provider's endpoints and keys, the authorisation request with PKCE (S256), state and nonce, and
 * the code exchange that checks the ID token's signature, issuer, audience, expiry and nonce.
 * Plain http is allowed only for an issuer on this machine (a provider started by the tests).
 */

export interface ProviderAccess {
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Part of the cache key: a changed provider is discovered afresh. */
  updatedAt: Date;
}

const DISCOVERY_CACHE_MS = 5 * 60_000;
const cache = new Map<string, { at: number; config: oidc.Configuration }>();

/** The provider's configuration, discovered at sign-in time and kept for five minutes. */
export async function providerConfiguration(p: ProviderAccess): Promise<oidc.Configuration> {
  const key = `${p.id}:${p.updatedAt.getTime()}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < DISCOVERY_CACHE_MS) return hit.config;
  const insecure = isLoopbackHttp(p.issuer);
  const execute = insecure ? [oidc.allowInsecureRequests] : [];
  const discovered = await oidc.discovery(new URL(p.issuer), p.clientId, undefined, oidc.None(), { execute, timeout: 10 });
  const metadata = discovered.serverMetadata();
  // client_secret_basic is the default when the provider names no methods (RFC 8414, 2).
  const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  const auth = methods.includes('client_secret_basic') ? oidc.ClientSecretBasic(p.clientSecret) : oidc.ClientSecretPost(p.clientSecret);
  const config = new oidc.Configuration(metadata, p.clientId, p.clientSecret, auth);
  if (insecure) oidc.allowInsecureRequests(config);
  config.timeout = 10;
  for (const k of cache.keys()) if (k.startsWith(`${p.id}:`)) cache.delete(k);
  cache.set(key, { at: Date.now(), config });
  return config;
}

export interface FlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A fresh state, nonce and PKCE verifier, and the provider's address to send the browser to. */
export async function authorizationRequest(config: oidc.Configuration, redirectUri: string, scopes: string): Promise<{ url: URL; secrets: FlowSecrets }> {
  const secrets = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: scopes.split(' ').includes('openid') ? scopes : `openid ${scopes}`,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: 'S256',
    state: secrets.state,
    nonce: secrets.nonce,
  });
  return { url, secrets };
}

/** Why the provider's answer was not accepted, for the audit row (the person sees one message). */
export type RefusalReason = 'state' | 'nonce' | 'issuer' | 'audience' | 'token' | 'provider-error' | 'userinfo';

export class CallbackRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

/** The messages and named claims of an error and its causes (openid-client wraps oauth4webapi's). */
function describe(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    if (e instanceof Error) parts.push(e.message);
    const c = e as { claim?: unknown; parameter?: unknown; cause?: unknown };
    if (typeof c.claim === 'string') parts.push(`"${c.claim}"`);
    if (typeof c.parameter === 'string') parts.push(`"${c.parameter}"`);
    e = c.cause;
  }
  return parts.join(' | ');
}

function reasonOf(text: string): RefusalReason {
  if (/"state"/.test(text)) return 'state';
  if (/"nonce"/.test(text)) return 'nonce';
  if (/"iss"|issuer/i.test(text)) return 'issuer';
  if (/"aud"|"azp"|audience/i.test(text)) return 'audience';
  return 'token';
}

/**
 * Exchanges the code and checks everything the ID token must satisfy; then reads the userinfo
 * endpoint (providers put profile claims and groups there) and merges it under the ID token's
 * claims. Throws CallbackRefused with the check that failed.
 */
export async function exchangeCode(config: oidc.Configuration, callbackUrl: URL, secrets: FlowSecrets): Promise<Record<string, unknown>> {
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: secrets.codeVerifier,
      expectedState: secrets.state,
      expectedNonce: secrets.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    const text = describe(err);
    throw new CallbackRefused(reasonOf(text), text);
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new CallbackRefused('token', 'no ID token');
  let userinfo: Record<string, unknown> = {};
  if (config.serverMetadata().userinfo_endpoint) {
    try {
      userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    } catch (err) {
      throw new CallbackRefused('userinfo', err instanceof Error ? err.message : String(err));
    }
  }
  return { ...userinfo, ...idClaims };
}
