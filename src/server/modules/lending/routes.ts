import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { AgreementParamsSchema, LendingAgreementListSchema, LendingAgreementSchema, ProposeAgreementBodySchema } from '../../../contract/lending.js';
import { requireActor } from '../../plugins/authentication.js';
import { getAgreements } from './queries/list-agreements.js';
import { proposeAgreement } from './commands/propose-agreement.js';
import { confirmAgreement } from './commands/confirm-agreement.js';
import { loanRoutes } from './loan-routes.js';
import { agreementEndRoutes } from './agreement-end-routes.js';

/** Lending between pools: agreements, proposed by one pool's administrator and confirmed by the other's. */
export const lendingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(loanRoutes);
  await app.register(agreementEndRoutes);
  app.get(
    '/lending/agreements',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Uitleenovereenkomsten van de pool met andere pools',
        response: { 200: LendingAgreementListSchema, ...problems(401, 403) },
      },
    },
    async (request) => getAgreements(app.db, requireActor(request)),
  );

  app.post(
    '/lending/agreements',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Stel een uitleenovereenkomst voor aan een andere pool (beheerder)',
        body: ProposeAgreementBodySchema,
        response: { 201: LendingAgreementSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await app.db.transaction().execute((trx) => proposeAgreement(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/lending/agreements/${created.id}`);
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/lending/agreements/:agreementId/confirmation',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Bevestig een voorgestelde uitleenovereenkomst (beheerder van de andere pool)',
        params: AgreementParamsSchema,
        response: { 200: LendingAgreementSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => confirmAgreement(trx, request.auditContext(), actor, request.params.agreementId));
    },
  );
};
