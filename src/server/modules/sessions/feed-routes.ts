import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, NoContent, Obj, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { sha256 } from '../../auth/tokens.js';
import { notFound } from '../../http/problem.js';
import { canCalendarFeed } from './policy.js';
import { CalendarFeedSchema, IcsResponse } from './schemas.js';
import { findSessions } from './queries.js';
import { sessionCalendar, sessionEvent } from './session-ics.js';
import { renewCalendarFeed, revokeCalendarFeed } from './commands/renew-calendar-feed.js';

const FEED_PATH = '/api/v1/calendar-feeds';
/** Sessions longer ago than this drop out of the feed. */
const FEED_HISTORY_DAYS = 400;

/**
 * A private calendar feed per mediator: a secret URL (only its hash is stored) that calendar
 * programs subscribe to, with every session of the cases the mediator is on, cancelled ones
 * included so subscribers remove them. The feed holds no confidential notes.
 */
export const calendarFeedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/calendar-feed',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Heeft u een actieve agendafeed? (het geheime adres wordt alleen bij aanmaken getoond)',
        response: { 200: CalendarFeedSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canCalendarFeed(actor), 'collection');
      const row = await app.db.selectFrom('calendar_feed').selectAll().where('user_id', '=', actor.userId).where('revoked_at', 'is', null).executeTakeFirst();
      return { active: row !== undefined, createdAt: row?.created_at.toISOString() ?? null, lastUsedAt: row?.last_used_at?.toISOString() ?? null };
    },
  );

  app.post(
    '/me/calendar-feed',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Maak een (nieuw) geheim agenda-adres; een eerder adres werkt daarna niet meer',
        response: { 201: Obj({ url: Type.String(), createdAt: DateTime }), ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canCalendarFeed(actor), 'collection');
      const { token, createdAt } = await app.db.transaction().execute((trx) => renewCalendarFeed(trx, request.auditContext(), actor));
      return reply.code(201).send({ url: `${app.config.baseUrl}${FEED_PATH}/${token}/sessions.ics`, createdAt: createdAt.toISOString() });
    },
  );

  app.delete(
    '/me/calendar-feed',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Trek het geheime agenda-adres in',
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canCalendarFeed(actor), 'collection');
      await app.db.transaction().execute((trx) => revokeCalendarFeed(trx, request.auditContext(), actor));
      return reply.code(204).send();
    },
  );

  app.get(
    '/calendar-feeds/:token/sessions.ics',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'De agendafeed (iCalendar) achter het geheime adres; geen inlog nodig',
        security: [],
        params: Obj({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) }),
        response: { 200: IcsResponse, ...problems(404) },
      },
    },
    async (request, reply) => {
      const feed = await app.db
        .selectFrom('calendar_feed as f')
        .innerJoin('app_user as u', 'u.id', 'f.user_id')
        .select(['f.id', 'f.pool_id', 'f.user_id', 'f.last_used_at', 'u.roles', 'u.name'])
        .where('f.token_hash', '=', sha256(request.params.token))
        .where('f.revoked_at', 'is', null)
        .where('u.active', '=', true)
        .executeTakeFirst();
      if (!feed || !feed.roles.includes('mediator')) throw notFound();
      const cases = await app.db
        .selectFrom('case_mediator as cm')
        .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
        .select('cm.case_id')
        .where('mp.user_id', '=', feed.user_id)
        .where('cm.pool_id', '=', feed.pool_id)
        .where('cm.released_at', 'is', null)
        .execute();
      const since = Date.now() - FEED_HISTORY_DAYS * 86_400_000;
      const sessions = (await findSessions(app.db, feed.pool_id, { caseIds: cases.map((c) => c.case_id) })).filter((s) => s.ends_at.getTime() >= since);
      if (!feed.last_used_at || Date.now() - feed.last_used_at.getTime() > 60_000) {
        await app.db.updateTable('calendar_feed').set({ last_used_at: new Date() }).where('id', '=', feed.id).execute();
      }
      const ics = sessionCalendar(
        sessions.map((s) => sessionEvent(s, { baseUrl: app.config.baseUrl, includeDescription: false })),
        { name: `Mediationgesprekken ${feed.name}` },
      );
      return reply.type('text/calendar; charset=utf-8').header('Content-Disposition', 'inline; filename="sessions.ics"').send(ics);
    },
  );
};
