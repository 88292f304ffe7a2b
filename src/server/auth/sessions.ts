import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { randomToken, sha256 } from './tokens.js';
import { SESSION_ABSOLUTE_HOURS, SESSION_COOKIE } from '../plugins/authentication.js';

/**
 * How a session passed the second step of signing in (docs/adr/0015-second-factor.md): a code from
 * an authenticator app, a passkey, a recovery code, the organisation's single sign-on (whose own
 * sign-in counts as the second factor), or a remembered device.
 */
export type SecondFactorKind = 'totp' | 'passkey' | 'recovery' | 'sso' | 'remembered';

/**
 * Starts a fresh session (a new id at every login, so a planted session id is useless). With a
 * `secondFactor` the session has passed the second step; without one it is pending when the
 * person must use a second factor (only the second step and enrolment answer then).
 */
export async function createSession(
  db: Kysely<DB>,
  userId: string,
  meta: { ip: string; userAgent: string | undefined; at?: Date; secondFactor?: SecondFactorKind; poolId?: string },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_HOURS * 3600_000);
  await db
    .insertInto('user_session')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      second_factor: meta.secondFactor ?? null,
      // The pool chosen for this session (ADR 0022); none: the account's home pool.
      ...(meta.poolId !== undefined ? { pool_id: meta.poolId } : {}),
    })
    .execute();
  // Every way in (a password, an accepted invitation) is a sign-in: "last signed in" never says
  // "never" to someone who is signed in.
  await db.updateTable('app_user').set({ last_login_at: meta.at ?? new Date() }).where('id', '=', userId).execute();
  return { token, csrfToken, expiresAt };
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    expires: expiresAt,
  });
}
