import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { CancelSessionBody, CaseParams, IcsResponse, PlanSessionBody, RescheduleSessionBody, SessionListSchema, SessionParams, SessionSchema } from '../../../contract/sessions.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentSession } from './present-session.js';
import { listCaseSessions } from './queries/list-case-sessions.js';
import { getSession } from './queries/get-session.js';
import { sessionIcsFile } from './queries/session-ics.js';
import { planSession } from './commands/plan-session.js';
import { rescheduleSession } from './commands/reschedule-session.js';
import { cancelSession } from './commands/cancel-session.js';
import { calendarFeedRoutes } from './feed-routes.js';
import { agreementRoutes } from './agreement-routes.js';

/** Mediation sessions on a case: plan, reschedule, cancel, and each as an .ics file. */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(calendarFeedRoutes);
  await app.register(agreementRoutes);

  app.get(
    '/cases/:caseId/sessions',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Gesprekken'],
        summary: 'Gesprekken van een zaak (coördinator en de mediators van de zaak)',
        params: CaseParams,
        response: { 200: SessionListSchema, ...problems(401, 404) },
      },
    },
    async (request) => listCaseSessions(app.db, request.auditContext(), requireActor(request), request.params.caseId, app.config.baseUrl),
  );

  app.post(
    '/cases/:caseId/sessions',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Plan een gesprek; de mediators en de aanwezige partijen met e-mailadres krijgen een uitnodiging met .ics',
        description: 'Datum en tijden zijn Nederlandse tijd (Europe/Amsterdam). Een eindtijd vóór of op de begintijd geeft 400.',
        params: CaseParams,
        body: PlanSessionBody,
        response: { 201: SessionSchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { session, access } = await app.db.transaction().execute((trx) => planSession(trx, request.auditContext(), actor, request.params.caseId, request.body, app.config.baseUrl));
      reply.header('Location', `/api/v1/sessions/${session.id}`);
      return reply.code(201).send(await presentSession(app.db, actor, access, session, app.config.baseUrl));
    },
  );

  app.get(
    '/sessions/:sessionId',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Gesprekken'],
        summary: 'Eén gesprek',
        params: SessionParams,
        response: { 200: SessionSchema, ...problems(401, 404) },
      },
    },
    async (request) => getSession(app.db, request.auditContext(), requireActor(request), request.params.sessionId, app.config.baseUrl),
  );

  app.patch(
    '/sessions/:sessionId',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Verzet of wijzig een gesprek (zelfde UID, SEQUENCE + 1); betrokkenen krijgen de wijziging',
        params: SessionParams,
        body: RescheduleSessionBody,
        response: { 200: SessionSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { session, access } = await app.db.transaction().execute((trx) => rescheduleSession(trx, request.auditContext(), actor, request.params.sessionId, request.body, app.config.baseUrl));
      return presentSession(app.db, actor, access, session, app.config.baseUrl);
    },
  );

  app.post(
    '/sessions/:sessionId/cancel',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Annuleer een gesprek (STATUS:CANCELLED, SEQUENCE + 1); betrokkenen krijgen de annulering',
        params: SessionParams,
        body: CancelSessionBody,
        response: { 200: SessionSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { session, access } = await app.db.transaction().execute((trx) => cancelSession(trx, request.auditContext(), actor, request.params.sessionId, request.body, app.config.baseUrl));
      return presentSession(app.db, actor, access, session, app.config.baseUrl);
    },
  );

  app.get(
    '/sessions/:sessionId/ics',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Gesprekken'],
        summary: 'Het gesprek als iCalendar-bestand (.ics), tijden in Europe/Amsterdam',
        params: SessionParams,
        response: { 200: IcsResponse, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { ics, filename } = await sessionIcsFile(app.db, request.auditContext(), requireActor(request), request.params.sessionId, app.config.baseUrl);
      return reply.type('text/calendar; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(ics);
    },
  );
};
