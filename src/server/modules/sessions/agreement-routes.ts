import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { AgreementPolicySchema, AgreementSchema, CaseParams, RecordAgreementBody, UpdateAgreementPolicyBody, type CaseRoute } from '../../../contract/sessions.js';
import { requireActor } from '../../plugins/authentication.js';
import { getAgreement, getAgreementPolicy } from './queries/get-agreement.js';
import { recordAgreement } from './commands/record-agreement.js';
import { updateAgreementPolicy } from './commands/update-agreement-policy.js';

/** The signed mediation agreement on a case, and which routes the pool lets start without one. */
export const agreementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/cases/:caseId/mediation-agreement',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Gesprekken'],
        summary: 'Is de mediationovereenkomst getekend, en is dat nodig om te starten?',
        params: CaseParams,
        response: { 200: AgreementSchema, ...problems(401, 404) },
      },
    },
    async (request) => getAgreement(app.db, requireActor(request), request.params.caseId),
  );

  app.put(
    '/cases/:caseId/mediation-agreement',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Leg vast dat de mediationovereenkomst is getekend (datum en het geüploade document van soort mediation_agreement)',
        params: CaseParams,
        body: RecordAgreementBody,
        response: { 200: AgreementSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => recordAgreement(trx, request.auditContext(), actor, request.params.caseId, request.body));
    },
  );

  app.get(
    '/pool-settings/mediation-agreement',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Routes waarop een zaak zonder getekende mediationovereenkomst mag starten (beheerder, coördinator)',
        response: { 200: AgreementPolicySchema, ...problems(401, 403) },
      },
    },
    async (request) => getAgreementPolicy(app.db, requireActor(request)),
  );

  app.put(
    '/pool-settings/mediation-agreement',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Stel in op welke routes een zaak zonder getekende overeenkomst mag starten (beheerder)',
        body: UpdateAgreementPolicyBody,
        response: { 200: AgreementPolicySchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const routes = await app.db.transaction().execute((trx) => updateAgreementPolicy(trx, request.auditContext(), actor, request.body.exemptRoutes));
      return { exemptRoutes: routes as CaseRoute[] };
    },
  );
};
