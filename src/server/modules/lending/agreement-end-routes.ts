import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { AgreementParamsSchema, LendingAgreementSchema, PartnerPoolListSchema } from '../../../contract/lending.js';
import { requireActor } from '../../plugins/authentication.js';
import { endAgreement } from './commands/end-agreement.js';
import { getPartnerPools } from './queries/list-partner-pools.js';

/** Lending agreements: the pools to propose one to, and ending one (either pool's administrator). */
export const agreementEndRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/lending/partner-pools',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'De andere pools van deze installatie, om een uitleenovereenkomst aan voor te stellen (beheerder)',
        response: { 200: PartnerPoolListSchema, ...problems(401, 403) },
      },
    },
    async (request) => getPartnerPools(app.db, requireActor(request)),
  );

  app.post(
    '/lending/agreements/:agreementId/end',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Beëindig een uitleenovereenkomst of trek een voorstel in (beheerder van een van beide pools); goedgekeurde uitleningen houden hun tarief',
        params: AgreementParamsSchema,
        response: { 200: LendingAgreementSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => endAgreement(trx, request.auditContext(), actor, request.params.agreementId));
    },
  );
};
