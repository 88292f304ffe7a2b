import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { safeEqual, sha256 } from '../auth/tokens.js';
import { isRole } from '../../domain/roles.js';
import { isPending, mustUseSecondFactor, secondFactorStatus } from '../../domain/second-factor/second-factor.js';
import { ProblemError, unauthorized } from '../http/problem.js';
import type { AuditContext, ReadAuditMark } from '../audit/write-audit.js';

export const SESSION_COOKIE = 'mp_session';
export const SESSION_IDLE_MINUTES = 60;
export const SESSION_ABSOLUTE_HOURS = 12;
const TOUCH_AFTER_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    auditContext(): AuditContext;
    /** Whether this request wrote a read audit row (see AuditContext.readAudit). */
    readAudit: ReadAuditMark | null;
  }
}

/**
 * Resolves the actor from a Bearer API token or the session cookie, refuses anonymous calls to
 * every API route that is not public (401, before validation: nobody learns anything about a
 * route's input without signing in), and enforces CSRF on every cookie-authenticated write (API
 * tokens are not sent by browsers on their own, so need none).
 */
export const authentication = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('readAudit', null);
  app.decorateRequest('auditContext', function (this: FastifyRequest): AuditContext {
    this.readAudit ??= { written: false };
    return { actor: this.actor, poolId: this.actor?.poolId ?? null, requestId: this.id, origin: this.ip, traceId: this.traceId || null, readAudit: this.readAudit };
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const auth = request.headers.authorization;
    if (auth !== undefined) {
      request.actor = await actorFromToken(app, auth);
      return;
    }
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) {
      clearSessionCookie(reply);
      return;
    }
    request.actor = await actorFromSession(app, unsigned.value);
    if (!request.actor) clearSessionCookie(reply);
  });

  // Authenticated by default: one rule for every API route, before schema validation.
  app.addHook('preValidation', async (request) => {
    if (request.actor || !request.url.startsWith('/api/') || request.is404 || isPublicRoute(request.routeOptions.schema)) return;
    throw unauthorized();
  });

  app.addHook('preHandler', async (request) => {
    if (SAFE_METHODS.has(request.method) || request.actor?.via !== 'session') return;
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, request.actor.csrfToken ?? '')) {
      throw new ProblemError(403, 'csrf-token-invalid', 'Beveiligingscode ontbreekt.', 'De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.');
    }
  });
});

/**
 * A route is public when its schema says so the way OpenAPI does, `security: []` (no
 * authentication), so the document and the server cannot disagree: login, password reset,
 * invitation, consent and survey links, the calendar feed, branding and the API documentation.
 * Every other API route is authenticated by default.
 */
export function isPublicRoute(schema: { security?: unknown } | undefined): boolean {
  return Array.isArray(schema?.security) && schema.security.length === 0;
}

async function actorFromToken(app: FastifyInstance, header: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthorized('Gebruik "Authorization: Bearer <token>".');
  const row = await app.db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    // A token works in its one pool, with the account's roles there (ADR 0022).
    .innerJoin('pool_membership as pm', (j) => j.onRef('pm.user_id', '=', 'u.id').on(sql<boolean>`pm.pool_id = coalesce(t.pool_id, u.pool_id)`))
    .where('pm.active', '=', true)
    .select(['t.id as tokenId', 't.last_used_at', 'u.id', 'pm.pool_id', 'pm.municipality_id', 'pm.roles', 'u.name', 'u.email', 'u.locale', 'u.platform_admin'])
    .where('t.token_hash', '=', sha256(match[1]!))
    .where('t.revoked_at', 'is', null)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) throw unauthorized('Dit API-token is onbekend of ingetrokken.');
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_AFTER_MS) {
    await app.db.updateTable('api_token').set({ last_used_at: new Date() }).where('id', '=', row.tokenId).execute();
  }
  return { ...toActor(row), via: 'token', tokenId: row.tokenId };
}

async function actorFromSession(app: FastifyInstance, token: string): Promise<Actor | null> {
  const sessionId = sha256(token);
  const idleCutoff = new Date(Date.now() - SESSION_IDLE_MINUTES * 60_000);
  const row = await app.db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    // The session's chosen pool (null: the home pool) gives the pool, roles and municipality (ADR 0022).
    .innerJoin('pool_membership as pm', (j) => j.onRef('pm.user_id', '=', 'u.id').on(sql<boolean>`pm.pool_id = coalesce(s.pool_id, u.pool_id)`))
    .where('pm.active', '=', true)
    .select(['s.id as sessionId', 's.csrf_token', 's.last_seen_at', 'u.id', 'pm.pool_id', 'pm.municipality_id', 'pm.roles', 'u.name', 'u.email', 'u.locale', 'u.platform_admin', 's.second_factor'])
    // Where a session that has not passed the second step stands, in the same statement (the gate
    // needs it on every request of such a session; in a pool without the requirement that is
    // every session). Absent settings count as required: the safe side.
    .select([
      sql<boolean | null>`CASE WHEN s.second_factor IS NULL THEN coalesce((SELECT ps.require_second_factor FROM pool_settings ps WHERE ps.pool_id = pm.pool_id), true) END`.as('sf_required'),
      sql<boolean | null>`CASE WHEN s.second_factor IS NULL THEN exists (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) OR exists (SELECT 1 FROM user_passkey p WHERE p.user_id = u.id) END`.as('sf_enrolled'),
    ])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', new Date())
    .where('s.last_seen_at', '>', idleCutoff)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  // Touch at most once a minute: the idle timer needs no write per request.
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await app.db.updateTable('user_session').set({ last_seen_at: new Date() }).where('id', '=', sessionId).execute();
  }
  const actor: Actor = { ...toActor(row), via: 'session', sessionId, csrfToken: row.csrf_token, secondFactorPassed: row.second_factor !== null };
  if (row.second_factor === null) {
    const status = secondFactorStatus({ passed: false, enrolled: row.sf_enrolled === true, required: mustUseSecondFactor(actor.roles, row.sf_required ?? true) });
    if (isPending(status)) actor.secondFactorPending = status;
  }
  return actor;
}

function toActor(row: {
  id: string;
  pool_id: string;
  municipality_id: string | null;
  roles: string[];
  name: string;
  email: string;
  locale: string;
  platform_admin: boolean;
}): Omit<Actor, 'via'> {
  return {
    userId: row.id,
    poolId: row.pool_id,
    municipalityId: row.municipality_id,
    roles: row.roles.filter(isRole),
    name: row.name,
    email: row.email,
    locale: row.locale,
    platformAdmin: row.platform_admin,
  };
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * The signed-in actor of an authenticated route (the preValidation hook above already answered 401
 * to anonymous calls; the throw stays as a guard, e.g. for a route wrongly declared public).
 */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}
