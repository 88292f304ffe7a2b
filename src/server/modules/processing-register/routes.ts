import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  ActivityCodeParams,
  AuditChainReportSchema,
  ProcessingActivityBody,
  ProcessingActivityListSchema,
  ProcessingActivitySchema,
} from '../../../contract/processing-register.js';
import { requireActor } from '../../plugins/authentication.js';
import { getActivity, listActivities } from './queries/activities.js';
import { checkAuditChain } from './queries/verify-audit-chain.js';
import { createActivity } from './commands/create-activity.js';
import { updateActivity } from './commands/update-activity.js';

/** The register of processing activities (Beheer → Verwerkingsregister) and the audit chain's check. */
export const processingRegisterRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/processing-activities',
    {
      schema: {
        tags: ['Audit'],
        summary: 'Verwerkingsregister van de pool (beheerder): de standaardactiviteiten en die van de pool zelf',
        response: { 200: ProcessingActivityListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listActivities(app.db, requireActor(request)),
  );

  app.post(
    '/processing-activities',
    {
      schema: {
        tags: ['Audit'],
        summary: 'Voeg een eigen verwerkingsactiviteit toe aan het register (beheerder)',
        body: ProcessingActivityBody,
        response: { 201: ProcessingActivitySchema, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const code = await app.db.transaction().execute((trx) => createActivity(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/processing-activities/${code}`);
      return reply.code(201).send(await getActivity(app.db, actor, code));
    },
  );

  app.get(
    '/processing-activities/:code',
    {
      schema: {
        tags: ['Audit'],
        summary: 'Eén verwerkingsactiviteit van het register (beheerder)',
        params: ActivityCodeParams,
        response: { 200: ProcessingActivitySchema, ...problems(401, 404) },
      },
    },
    async (request) => getActivity(app.db, requireActor(request), request.params.code),
  );

  app.put(
    '/processing-activities/:code',
    {
      schema: {
        tags: ['Audit'],
        summary: 'Wijzig de omschrijving van een verwerkingsactiviteit (beheerder); de code blijft',
        params: ActivityCodeParams,
        body: ProcessingActivityBody,
        response: { 200: ProcessingActivitySchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateActivity(trx, request.auditContext(), actor, request.params.code, request.body));
      return getActivity(app.db, actor, request.params.code);
    },
  );

  app.get(
    '/audit-chain',
    {
      schema: {
        tags: ['Audit'],
        summary: 'Controleer de keten: herberekent de hashketen van het auditlog en meldt de eerste verbroken schakel (beheerder)',
        response: { 200: AuditChainReportSchema, ...problems(401, 403) },
      },
    },
    async (request) => checkAuditChain(app.db, request.auditContext(), requireActor(request)),
  );
};
