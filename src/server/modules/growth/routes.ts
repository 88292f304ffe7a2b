import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { MediatorParams } from '../../../contract/mediators.js';
import { CaseParams, CaseReviewsSchema, DecisionBody, MediatorPathSchema, ReviewBody } from '../../../contract/growth.js';
import { requireActor } from '../../plugins/authentication.js';
import { getMediatorPath } from './queries/get-path.js';
import { getCaseReviews } from './queries/case-reviews.js';
import { writeReview } from './commands/write-review.js';
import { decideLeadStatus } from './commands/decide-lead-status.js';

/** Growing mediators: reviews after co-mediation, the path in the registry, the decision on lead status. */
export const growthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators/:mediatorId/path',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Het pad van een mediator: co-mediations met beoordeling, trainingen, en het voorstel hoofdmediator (beheer, coördinatie, de mediator zelf)',
        params: MediatorParams,
        response: { 200: MediatorPathSchema, ...problems(401, 404) },
      },
    },
    async (request) => getMediatorPath(app.db, request.auditContext(), requireActor(request), request.params.mediatorId),
  );

  app.post(
    '/mediators/:mediatorId/lead-decisions',
    {
      schema: {
        tags: ['Register'],
        summary: 'Besluit over het voorstel: mediator in opleiding wordt hoofdmediator, of (nog) niet (coördinator)',
        params: MediatorParams,
        body: DecisionBody,
        response: { 201: MediatorPathSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { mediatorId } = request.params;
      await app.db.transaction().execute((trx) => decideLeadStatus(trx, request.auditContext(), actor, mediatorId, request.body));
      reply.header('Location', `/api/v1/mediators/${mediatorId}/path`);
      return reply.code(201).send(await getMediatorPath(app.db, request.auditContext(), actor, mediatorId));
    },
  );

  app.get(
    '/cases/:caseId/co-mediation-reviews',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Zaken'],
        summary: 'De co-mediators van een zaak met de beoordeling door de hoofdmediator (coördinator, de mediators van de zaak)',
        params: CaseParams,
        response: { 200: CaseReviewsSchema, ...problems(401, 404) },
      },
    },
    async (request) => getCaseReviews(app.db, requireActor(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/co-mediation-reviews',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'De hoofdmediator beoordeelt de co-mediator na afloop van de mediation (één keer per zaak)',
        params: CaseParams,
        body: ReviewBody,
        response: { 201: CaseReviewsSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { caseId } = request.params;
      await app.db.transaction().execute((trx) => writeReview(trx, request.auditContext(), actor, caseId, request.body));
      reply.header('Location', `/api/v1/cases/${caseId}/co-mediation-reviews`);
      return reply.code(201).send(await getCaseReviews(app.db, actor, caseId));
    },
  );
};
