import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems, NoContent } from '../../../contract/common.js';
import { disclosureText, proposalMediators } from './proposal-queries.js';
import { assertLinkUsable, findUsableLink, giveConsentByLink } from './commands/give-consent-by-link.js';
import { ConsentTokenParams, PublicConsentBody, PublicConsentSchema } from './schemas.js';

const PROFESSION = { mediator: 'mediator', process_facilitator: 'procesbegeleider' } as const;

/**
 * The public consent page's API: a party without an account, holding only its personal link.
 * It shows the proposed mediator's name, municipality and profession, any disclosed relationship
 * and the pool's name, nothing about the case. Unknown or altered link: 404; used: 409; proposal
 * no longer open (withdrawn case, someone else refused first): 409; expired: 410.
 */
export const consentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/consents/:token',
    {
      schema: {
        tags: ['Instemming'],
        summary: 'Wat een partij via haar persoonlijke link te zien krijgt (zonder account)',
        security: [],
        params: ConsentTokenParams,
        response: { 200: PublicConsentSchema, ...problems(404, 409, 410) },
      },
    },
    async (request) => {
      const link = await findUsableLink(app.db, request.params.token);
      const state = await app.db
        .selectFrom('case_proposal as p')
        .innerJoin('mediation_case as c', 'c.id', 'p.case_id')
        .innerJoin('pool', 'pool.id', 'p.pool_id')
        .leftJoin('party_consent as pc', (join) => join.onRef('pc.proposal_id', '=', 'p.id').on('pc.party_id', '=', link.party_id))
        .select(['p.status as proposal_status', 'c.status as case_status', 'pool.name as pool_name', 'pc.id as consent_id'])
        .where('p.id', '=', link.proposal_id)
        .executeTakeFirstOrThrow();
      assertLinkUsable(link, { proposalStatus: state.proposal_status, caseStatus: state.case_status, answered: state.consent_id !== null });
      const mediators = await proposalMediators(app.db, [link.proposal_id]);
      return {
        poolName: state.pool_name,
        mediators: mediators.map((m) => ({
          role: m.role,
          name: m.name,
          municipality: m.external_mediator_id ? null : m.municipality_name,
          profession: m.external_mediator_id ? 'externe mediator' : PROFESSION[m.kind ?? 'mediator'],
          organisation: m.external_mediator_id ? m.external_organisation : null,
        })),
        disclosure: disclosureText(mediators),
        expiresAt: link.expires_at.toISOString(),
      };
    },
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
