import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { CalendarFeedCreatedSchema, CalendarFeedSchema, CalendarFeedTokenParams, IcsResponse } from '../../../contract/sessions.js';
import { requireActor } from '../../plugins/authentication.js';
import { getCalendarFeed } from './queries/calendar-feed.js';
import { calendarFeedIcs } from './queries/calendar-feed-ics.js';
import { renewCalendarFeed, revokeCalendarFeed } from './commands/renew-calendar-feed.js';

const FEED_PATH = '/api/v1/calendar-feeds';

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
    async (request) => getCalendarFeed(app.db, requireActor(request)),
  );

  app.post(
    '/me/calendar-feed',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Maak een (nieuw) geheim agenda-adres; een eerder adres werkt daarna niet meer',
        response: { 201: CalendarFeedCreatedSchema, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
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
        params: CalendarFeedTokenParams,
        response: { 200: IcsResponse, ...problems(404) },
      },
    },
    async (request, reply) => {
      const ics = await calendarFeedIcs(app.db, request.params.token, app.config.baseUrl);
      return reply.type('text/calendar; charset=utf-8').header('Content-Disposition', 'inline; filename="sessions.ics"').send(ics);
    },
  );
};
