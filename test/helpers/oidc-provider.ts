import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider for the single sign-on tests: the certified `oidc-provider`, on a free
 * port of 127.0.0.1, with its development login and consent forms (devInteractions: any login
 * name of a known test account, any password). `tamper` lets a test make the provider misbehave in
 * one way (an ID token for another audience or from another issuer, re-signed with the
 * provider's own key) so the relying party's checks can be seen to refuse it.
 */

export interface TestAccountClaims {
  email: string;
  email_verified: boolean;
  name: string;
  groups: string[];
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface TestOidcProvider {
  issuer: string;
  provider: Provider;
  /** The next ID tokens get these claims changed (re-signed), until reset to {}. */
  tamper: { aud?: string; iss?: string };
  close(): Promise<void>;
}

function b64url(v: Buffer | string) {
  return Buffer.from(v).toString('base64url');
}

function resign(idToken: string, privateKey: KeyObject, changes: Record<string, unknown>): string {
  const [h, p] = idToken.split('.') as [string, string];
  const payload = { ...JSON.parse(Buffer.from(p, 'base64url').toString('utf8')), ...changes };
  const data = `${h}.${b64url(JSON.stringify(payload))}`;
  return `${data}.${b64url(sign('sha256', Buffer.from(data), privateKey))}`;
}

export async function startOidcProvider(opts: { clients: TestClient[]; accounts: Record<string, TestAccountClaims> }): Promise<TestOidcProvider> {
  let handler: Parameters<typeof createServer>[1] = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: opts.clients.map((c) => ({ ...c, grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' })),
    jwks: { keys: [jwk as never] },
    cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const claims = opts.accounts[id];
      if (!claims) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
  });

  const tamper: TestOidcProvider['tamper'] = {};
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || (!tamper.aud && !tamper.iss)) return;
    const body = ctx.body as { id_token?: string } | undefined;
    if (!body?.id_token) return;
    ctx.body = { ...body, id_token: resign(body.id_token, privateKey, { ...(tamper.aud ? { aud: tamper.aud } : {}), ...(tamper.iss ? { iss: tamper.iss } : {}) }) };
  });

  const callback = provider.callback();
  handler = (req, res) => void callback(req, res);
  return {
    issuer,
    provider,
    tamper,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A tiny cookie jar for driving the provider's forms with fetch, as a browser would. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Signs in at the provider as `login` through its own login and consent forms (with fetch, no
 * browser) and returns the address the provider sends the browser back to: the relying party's
 * callback with the code, the state and the issuer.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string): Promise<URL> {
  const jar = new Jar();
  let url = authorizationUrl;
  let method: 'GET' | 'POST' = 'GET';
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(callbackPrefix)) return new URL(url);
    const res = await fetch(url, { method, redirect: 'manual', headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) }, ...(body ? { body } : {}) });
    jar.take(res);
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`the provider answered ${res.status} without a form: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    method = 'POST';
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error('the provider did not send the browser back');
}
