import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { BinaryResponse } from '../../../contract/settlement.js';
import { PartyCorrectionSchema, PartyErasureResultSchema, PartyParamsSchema, PersonExportSchema, PersonParamsSchema, PersonSearchQuerySchema, PersonSearchResultSchema } from '../../../contract/data-subjects.js';
import { requireActor } from '../../plugins/authentication.js';
import { findPeople } from './queries/find-people.js';
import { exportPerson, exportPersonPdf } from './queries/export-person.js';
import { correctParty } from './commands/correct-party.js';
import { eraseParty } from './commands/erase-party.js';

const PURPOSE = 'rechten van betrokkenen';

/** Data-subject rights (AVG art. 15–17): find, export, correct, erase. Administrators and coordinators. */
export const dataSubjectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/data-subjects',
    {
      schema: {
        'x-personal-data': PURPOSE,
        tags: ['Privacy'],
        summary: 'Zoek een persoon (partij, mediator, gebruiker) in de pool op naam of e-mailadres',
        querystring: PersonSearchQuerySchema,
        response: { 200: PersonSearchResultSchema, ...problems(401, 403) },
      },
    },
    async (request) => findPeople(app.db, request.auditContext(), requireActor(request), request.query.q),
  );

  app.get(
    '/data-subjects/:kind/:personId/export',
    {
      schema: {
        'x-personal-data': PURPOSE,
        tags: ['Privacy'],
        summary: 'Alles wat de pool over deze persoon bewaart, met elke vastgelegde inzage (JSON)',
        params: PersonParamsSchema,
        response: { 200: PersonExportSchema, ...problems(401, 404) },
      },
    },
    async (request) => exportPerson(app.db, request.auditContext(), requireActor(request), request.params.kind, request.params.personId),
  );

  app.get(
    '/data-subjects/:kind/:personId/export.pdf',
    {
      schema: {
        'x-personal-data': PURPOSE,
        tags: ['Privacy'],
        summary: 'Hetzelfde overzicht als leesbare PDF (Nederlands)',
        params: PersonParamsSchema,
        response: { 200: BinaryResponse('PDF (application/pdf)'), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const pdf = await exportPersonPdf(app.db, request.auditContext(), requireActor(request), request.params.kind, request.params.personId);
      return reply.type('application/pdf').header('Content-Disposition', 'attachment; filename="inzage-persoonsgegevens.pdf"').send(pdf as unknown as string);
    },
  );

  app.patch(
    '/data-subjects/parties/:partyId',
    {
      schema: {
        tags: ['Privacy'],
        summary: 'Corrigeer de gegevens van een partij in al haar zaken (AVG art. 16)',
        params: PartyParamsSchema,
        body: PartyCorrectionSchema,
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => correctParty(trx, request.auditContext(), actor, request.params.partyId, request.body));
      return reply.code(204).send();
    },
  );

  app.post(
    '/data-subjects/parties/:partyId/erasure',
    {
      schema: {
        tags: ['Privacy'],
        summary: 'Verwijder de gegevens van een partij voor zover geen bewaarplicht geldt (AVG art. 17)',
        params: PartyParamsSchema,
        response: { 200: PartyErasureResultSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => eraseParty(trx, request.auditContext(), actor, request.params.partyId));
    },
  );
};
