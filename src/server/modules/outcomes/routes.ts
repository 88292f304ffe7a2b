import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  AftercareBody,
  AftercareTaskListSchema,
  CaseParams,
  OutcomeBody,
  OutcomeSchema,
  PublicSurveySchema,
  SurveyBody,
  SurveyInvitedSchema,
  SurveyTokenParams,
} from '../../../contract/outcomes.js';
import { requireActor } from '../../plugins/authentication.js';
import { getOutcome } from './queries/get-outcome.js';
import { listAftercareTasks } from './queries/list-aftercare-tasks.js';
import { publicSurvey } from './queries/public-survey.js';
import { recordOutcome } from './commands/record-outcome.js';
import { recordAftercare } from './commands/record-aftercare.js';
import { inviteSurvey, resendSurvey } from './commands/invite-survey.js';
import { answerSurvey } from './commands/answer-survey.js';

/** The outcome of a case, aftercare and the parties' anonymous satisfaction survey. */
export const outcomeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/cases/:caseId/outcome',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Uitkomst'],
        summary: 'De uitkomst met afgeleide gesprekken en uren (contactpersoon: status en, met toestemming, de categorie)',
        params: CaseParams,
        response: { 200: OutcomeSchema, ...problems(401, 404) },
      },
    },
    async (request) => getOutcome(app.db, request.auditContext(), requireActor(request), request.params.caseId),
  );

  app.put(
    '/cases/:caseId/outcome',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Leg de uitkomst vast of corrigeer die (mediator van de zaak, coördinator); nodig om af te ronden',
        params: CaseParams,
        body: OutcomeBody,
        response: { 200: OutcomeSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordOutcome(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return getOutcome(app.db, null, actor, request.params.caseId);
    },
  );

  app.post(
    '/cases/:caseId/aftercare',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Nazorg: zijn de afspraken nagekomen? Daarna wordt de zaak gesloten (mediator van de zaak, coördinator)',
        params: CaseParams,
        body: AftercareBody,
        response: { 200: OutcomeSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordAftercare(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return getOutcome(app.db, null, actor, request.params.caseId);
    },
  );

  app.get(
    '/me/aftercare-tasks',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Uitkomst'],
        summary: 'Openstaande nazorg: mediator de eigen zaken, coördinator alle zaken van de pool',
        response: { 200: AftercareTaskListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listAftercareTasks(app.db, requireActor(request)),
  );

  app.post(
    '/cases/:caseId/satisfaction-invitations',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Nodig de partijen (met e-mailadres) uit voor de anonieme tevredenheidsvraag, één keer per zaak',
        params: CaseParams,
        response: { 201: SurveyInvitedSchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const invited = await app.db.transaction().execute((trx) => inviteSurvey(trx, request.auditContext(), app.config.baseUrl, actor, request.params.caseId));
      return reply.code(201).send({ invited });
    },
  );

  app.post(
    '/cases/:caseId/satisfaction-invitations/resend',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Stuur de tevredenheidsvraag opnieuw aan de partijen (met e-mailadres) die nog niet antwoordden; hun eerdere link vervalt',
        params: CaseParams,
        response: { 201: SurveyInvitedSchema, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const invited = await app.db.transaction().execute((trx) => resendSurvey(trx, request.auditContext(), app.config.baseUrl, actor, request.params.caseId));
      return reply.code(201).send({ invited });
    },
  );

  app.get(
    '/satisfaction/:token',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'De anonieme tevredenheidsvraag via de persoonlijke link (zonder account)',
        security: [],
        params: SurveyTokenParams,
        response: { 200: PublicSurveySchema, ...problems(404) },
      },
    },
    async (request) => publicSurvey(app.db, request.params.token),
  );

  app.post(
    '/satisfaction/:token',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Beantwoord de tevredenheidsvraag: 1–5 voor proces, mediator en uitkomst, met optionele opmerking (de link werkt één keer)',
        security: [],
        params: SurveyTokenParams,
        body: SurveyBody,
        response: { 204: NoContent, ...problems(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) => answerSurvey(trx, request.auditContext(), request.params.token, request.body));
      return reply.code(204).send();
    },
  );
};
