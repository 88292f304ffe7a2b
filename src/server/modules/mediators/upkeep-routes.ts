import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { AddUpkeepEntryBody, MediatorParams, UpkeepEntryListSchema, UpkeepEntryParams, UpkeepEntryQuery, UpkeepEntrySchema, UpkeepSummarySchema } from '../../../contract/mediators.js';
import { requireActor } from '../../plugins/authentication.js';
import { getUpkeep, getUpkeepEntry, listUpkeepEntries } from './queries/mediator-records.js';
import { presentUpkeepEntry } from './present-records.js';
import { addUpkeepEntry } from './commands/add-upkeep-entry.js';
import { removeUpkeepEntry } from './commands/remove-upkeep-entry.js';

/** MfN upkeep: manual entries (prior mediations, education points, peer reviews) and the computed summary. */
export const upkeepRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators/:mediatorId/upkeep',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'MfN-onderhoud over de lopende driejaarscyclus, met stand en redenen (beheer, coördinatie, de mediator zelf)',
        params: MediatorParams,
        response: { 200: UpkeepSummarySchema, ...problems(401, 404) },
      },
    },
    async (request) => getUpkeep(app.db, request.auditContext(), requireActor(request), request.params.mediatorId),
  );

  app.get(
    '/mediators/:mediatorId/upkeep-entries',
    {
      schema: {
        'x-personal-data': 'registerbeheer',
        tags: ['Register'],
        summary: 'Handmatig vastgelegde mediations, PE-punten en peer reviews',
        params: MediatorParams,
        querystring: UpkeepEntryQuery,
        response: { 200: UpkeepEntryListSchema, ...problems(401, 404) },
      },
    },
    async (request) => ({ items: await listUpkeepEntries(app.db, request.auditContext(), requireActor(request), request.params.mediatorId, request.query.type) }),
  );

  app.post(
    '/mediators/:mediatorId/upkeep-entries',
    {
      schema: {
        tags: ['Register'],
        summary: 'Leg een eerdere mediation, PE-punten of een peer review vast (beheerder, coördinator)',
        params: MediatorParams,
        body: AddUpkeepEntryBody,
        response: { 201: UpkeepEntrySchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await app.db.transaction().execute((trx) => addUpkeepEntry(trx, request.auditContext(), actor, request.params.mediatorId, request.body));
      reply.header('Location', `/api/v1/mediators/${request.params.mediatorId}/upkeep-entries/${row.id}`);
      return reply.code(201).send(presentUpkeepEntry(row));
    },
  );

  app.get(
    '/mediators/:mediatorId/upkeep-entries/:entryId',
    {
      schema: { 'x-personal-data': 'registerbeheer', tags: ['Register'], summary: 'Eén onderhoudsactiviteit', params: UpkeepEntryParams, response: { 200: UpkeepEntrySchema, ...problems(401, 404) } },
    },
    async (request) => getUpkeepEntry(app.db, requireActor(request), request.params.mediatorId, request.params.entryId),
  );

  app.delete(
    '/mediators/:mediatorId/upkeep-entries/:entryId',
    {
      schema: { tags: ['Register'], summary: 'Verwijder een onderhoudsactiviteit (beheerder, coördinator)', params: UpkeepEntryParams, response: { 204: NoContent, ...problems(401, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeUpkeepEntry(trx, request.auditContext(), actor, request.params.mediatorId, request.params.entryId));
      return reply.code(204).send();
    },
  );
};
