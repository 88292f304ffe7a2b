import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { writeAudit } from '../../audit/write-audit.js';
import { loadCaseForActor } from '../case-status/index.js';
import { canSessions } from './policy.js';
import { CancelSessionBody, IcsResponse, PlanSessionBody, RescheduleSessionBody, SessionSchema } from './schemas.js';
import { findSessions, loadSessionForActor } from './queries.js';
import { presentSession, presentSessions } from './present-session.js';
import { icsFilename, sessionCalendar, sessionEvent } from './session-ics.js';
import { localParts } from './session-time.js';
import { planSession } from './commands/plan-session.js';
import { rescheduleSession } from './commands/reschedule-session.js';
import { cancelSession } from './commands/cancel-session.js';
import { calendarFeedRoutes } from './feed-routes.js';
import { agreementRoutes } from './agreement-routes.js';

const CaseParams = Obj({ caseId: Uuid });
const SessionParams = Obj({ sessionId: Uuid });

/** Mediation sessions on a case: plan, reschedule, cancel, and each as an .ics file. */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(calendarFeedRoutes);
  await app.register(agreementRoutes);

  app.get(
    '/cases/:caseId/sessions',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Gesprekken van een zaak (coördinator en de mediators van de zaak)',
        params: CaseParams,
        response: { 200: Obj({ items: Type.Array(SessionSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      authorize(canSessions(access), 'object');
      const rows = await findSessions(app.db, actor.poolId, { caseId: request.params.caseId });
      // The attending parties are named: a read of personal data.
      await writeAudit(app.db, request.auditContext(), { action: 'session.list', objectType: 'case', objectId: request.params.caseId, purpose: 'zaakbehandeling' });
      return { items: await presentSessions(app.db, rows, app.config.baseUrl) };
    },
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
      const row = await app.db.transaction().execute((trx) => planSession(trx, request.auditContext(), actor, request.params.caseId, request.body, app.config.baseUrl));
      reply.header('Location', `/api/v1/sessions/${row.id}`);
      return reply.code(201).send(await presentSession(app.db, row, app.config.baseUrl));
    },
  );

  app.get(
    '/sessions/:sessionId',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Eén gesprek',
        params: SessionParams,
        response: { 200: SessionSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const { session } = await loadSessionForActor(app.db, requireActor(request), request.params.sessionId);
      await writeAudit(app.db, request.auditContext(), { action: 'session.read', objectType: 'session', objectId: session.id, purpose: 'zaakbehandeling' });
      return presentSession(app.db, session, app.config.baseUrl);
    },
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
      const row = await app.db.transaction().execute((trx) => rescheduleSession(trx, request.auditContext(), actor, request.params.sessionId, request.body, app.config.baseUrl));
      return presentSession(app.db, row, app.config.baseUrl);
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
      const row = await app.db.transaction().execute((trx) => cancelSession(trx, request.auditContext(), actor, request.params.sessionId, request.body, app.config.baseUrl));
      return presentSession(app.db, row, app.config.baseUrl);
    },
  );

  app.get(
    '/sessions/:sessionId/ics',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Het gesprek als iCalendar-bestand (.ics), tijden in Europe/Amsterdam',
        params: SessionParams,
        response: { 200: IcsResponse, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { session } = await loadSessionForActor(app.db, actor, request.params.sessionId);
      const ics = sessionCalendar([sessionEvent(session, { baseUrl: app.config.baseUrl, includeDescription: true })], { stamp: session.updated_at });
      await writeAudit(app.db, request.auditContext(), { action: 'session.download', objectType: 'session', objectId: session.id, purpose: 'agenda' });
      const filename = icsFilename(session, localParts(session.starts_at, session.ends_at).date);
      return reply.type('text/calendar; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(ics);
    },
  );
};
