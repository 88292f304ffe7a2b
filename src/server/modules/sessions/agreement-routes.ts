import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IsoDate, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import type { Database } from '../../db/database.js';
import { loadCaseForActor } from '../case-status/index.js';
import { canAgreementPolicy, canSessions } from './policy.js';
import { AgreementPolicySchema, AgreementSchema, RouteSchema } from './schemas.js';
import { agreementRequired, exemptRoutes } from './assert-may-start.js';
import { recordAgreement } from './commands/record-agreement.js';
import { updateAgreementPolicy } from './commands/update-agreement-policy.js';

type Route = 'formal_mediation' | 'process_facilitator' | 'coaching' | 'group_mediation' | 'external_mediator';

async function presentAgreement(db: Database, caseRow: { id: string; pool_id: string; route: string | null }) {
  const row = await db
    .selectFrom('mediation_agreement as a')
    .innerJoin('case_document as d', 'd.id', 'a.document_id')
    .innerJoin('app_user as u', 'u.id', 'a.recorded_by')
    .select(['a.signed_on', 'a.recorded_at', 'd.id as document_id', 'd.filename', 'u.name as recorded_by_name'])
    .where('a.case_id', '=', caseRow.id)
    .executeTakeFirst();
  return {
    caseId: caseRow.id,
    required: await agreementRequired(db, caseRow),
    signed: row !== undefined,
    signedOn: row?.signed_on ?? null,
    document: row ? { id: row.document_id, filename: row.filename } : null,
    recordedBy: row?.recorded_by_name ?? null,
    recordedAt: row?.recorded_at.toISOString() ?? null,
  };
}

/** The signed mediation agreement on a case, and which routes the pool lets start without one. */
export const agreementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/cases/:caseId/mediation-agreement',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Is de mediationovereenkomst getekend, en is dat nodig om te starten?',
        params: Obj({ caseId: Uuid }),
        response: { 200: AgreementSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      authorize(canSessions(access), 'object');
      return presentAgreement(app.db, row);
    },
  );

  app.put(
    '/cases/:caseId/mediation-agreement',
    {
      schema: {
        tags: ['Gesprekken'],
        summary: 'Leg vast dat de mediationovereenkomst is getekend (datum en het geüploade document van soort mediation_agreement)',
        params: Obj({ caseId: Uuid }),
        body: Obj({ signedOn: IsoDate, documentId: Uuid }),
        response: { 200: AgreementSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordAgreement(trx, request.auditContext(), actor, request.params.caseId, request.body));
      const { row } = await loadCaseForActor(app.db, actor, request.params.caseId);
      return presentAgreement(app.db, row);
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
    async (request) => {
      const actor = requireActor(request);
      authorize(canAgreementPolicy(actor, 'read'), 'collection');
      return { exemptRoutes: (await exemptRoutes(app.db, actor.poolId)) as Route[] };
    },
  );

  app.put(
    '/pool-settings/mediation-agreement',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Stel in op welke routes een zaak zonder getekende overeenkomst mag starten (beheerder)',
        body: Obj({ exemptRoutes: Type.Array(RouteSchema, { maxItems: 5, uniqueItems: true }) }),
        response: { 200: AgreementPolicySchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canAgreementPolicy(actor, 'update'), 'collection');
      const routes = await app.db.transaction().execute((trx) => updateAgreementPolicy(trx, request.auditContext(), actor, request.body.exemptRoutes));
      return { exemptRoutes: routes as Route[] };
    },
  );
};
