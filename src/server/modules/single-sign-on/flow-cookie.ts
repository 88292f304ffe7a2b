import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FlowSecrets } from './relying-party.js';

/**
 * The sign-in under way with a provider: which provider, and the state, nonce and PKCE verifier
 * of this one request. Kept in a signed, httpOnly cookie that lives ten minutes, is sent only to
 * the callback's path, and is cleared at the callback whatever its outcome (so one answer of the
 * provider is handled once). SameSite=Lax: the provider's redirect back is a top-level GET.
 */
export const FLOW_COOKIE = 'mp_sso';
export const FLOW_COOKIE_PATH = '/api/v1/sso';
const FLOW_MINUTES = 10;

export interface Flow extends FlowSecrets {
  providerId: string;
}

export function setFlowCookie(reply: FastifyReply, flow: Flow, secure: boolean): void {
  const expires = Date.now() + FLOW_MINUTES * 60_000;
  const value = Buffer.from(JSON.stringify({ ...flow, expires })).toString('base64url');
  reply.setCookie(FLOW_COOKIE, value, { path: FLOW_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure, signed: true, maxAge: FLOW_MINUTES * 60 });
}

/** The flow of this browser, or null when there is none, it was tampered with, or it expired. */
export function takeFlowCookie(request: FastifyRequest, reply: FastifyReply): Flow | null {
  const raw = request.cookies[FLOW_COOKIE];
  reply.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const v = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Partial<Flow & { expires: number }>;
    if (typeof v.expires !== 'number' || v.expires < Date.now()) return null;
    if (typeof v.providerId !== 'string' || typeof v.state !== 'string' || typeof v.nonce !== 'string' || typeof v.codeVerifier !== 'string') return null;
    return { providerId: v.providerId, state: v.state, nonce: v.nonce, codeVerifier: v.codeVerifier };
  } catch {
    return null;
  }
}
