import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems, NoContent } from '../../../contract/common.js';
import { ConsentTokenParams, PublicConsentBody, PublicConsentSchema } from '../../../contract/matching.js';
import { readConsentLink } from './queries/read-consent-link.js';
import { giveConsentByLink } from './commands/give-consent-by-link.js';

/**
 * The public consent page's API: a party without an account, holding only its personal link
 * (public use cases: the token is checked in the query and the command). It shows the proposed
 * mediator's name, municipality and profession, any disclosed relationship and the pool's name,
 * nothing about the case. Unknown or altered link: 404; used: 409; proposal no longer open
 * (withdrawn case, someone else refused first): 409; expired: 410.
 */
export const consentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/consents/:token',
    {
      schema: {
        'x-personal-data': 'instemming',
        tags: ['Instemming'],
        summary: 'Wat een partij via haar persoonlijke link te zien krijgt (zonder account)',
        security: [],
        params: ConsentTokenParams,
        response: { 200: PublicConsentSchema, ...problems(404, 409, 410) },
      },
    },
    async (request) => readConsentLink(app.db, request.auditContext(), request.params.token),
  );

  app.post(
    '/consents/:token',
    {
      schema: {
        tags: ['Instemming'],
        summary: 'Een partij stemt in, of vraagt om een andere of een externe mediator (zonder account; de link werkt één keer)',
        security: [],
        params: ConsentTokenParams,
        body: PublicConsentBody,
        response: { 204: NoContent, ...problems(404, 409, 410) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) =>
        giveConsentByLink(trx, { ctx: request.auditContext(), baseUrl: app.config.baseUrl }, request.params.token, request.body),
      );
      return reply.code(204).send();
    },
  );
};
