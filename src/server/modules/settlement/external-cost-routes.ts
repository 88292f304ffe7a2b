import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { CaseExternalCostsSchema, CaseParams, CreatedSchema, ExternalCostBody, ExternalCostParams, ExternalCostsQuery, ExternalCostsSchema } from '../../../contract/settlement.js';
import { requireActor } from '../../plugins/authentication.js';
import { caseExternalCosts, externalCostOverview } from './queries.js';
import { declareExternalCost, removeExternalCost } from './commands/external-costs.js';

/**
 * External (paid) mediators: a cost overview outside the netting between members. Each
 * engagement (case + external mediator + agreed rate) costs its declared minutes at that rate,
 * rounded half up to the cent once per engagement; the requesting municipality bears it.
 */
export const externalCostRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/external-costs',
    {
      schema: {
        'x-personal-data': 'verrekening',
        tags: ['Verrekening'],
        summary: 'Kostenoverzicht externe mediators (buiten de verrekening tussen gemeenten) (coördinator, financiën)',
        querystring: ExternalCostsQuery,
        response: { 200: ExternalCostsSchema, ...problems(401, 403) },
      },
    },
    async (request) => externalCostOverview(app.db, requireActor(request), request.query),
  );

  app.get(
    '/cases/:caseId/external-costs',
    {
      schema: {
        'x-personal-data': 'verrekening',
        tags: ['Verrekening'],
        summary: 'Gedeclareerde uren en kosten van externe mediators op één zaak, met de externe mediators van de zaak en hun afgesproken tarief (coördinator)',
        params: CaseParams,
        response: { 200: CaseExternalCostsSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return caseExternalCosts(app.db, request.auditContext(), actor, request.params.caseId);
    },
  );

  app.post(
    '/cases/:caseId/external-costs',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Leg gedeclareerde uren vast van een externe mediator die via de matching op de zaak is ingezet, tegen het afgesproken uurtarief (coördinator)',
        params: CaseParams,
        body: ExternalCostBody,
        response: { 201: CreatedSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => declareExternalCost(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/external-costs/:id',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Verwijder een declaratie van een externe mediator (coördinator)',
        params: ExternalCostParams,
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeExternalCost(trx, request.auditContext(), actor, request.params.id));
      return reply.code(204).send();
    },
  );
};
