import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { BinaryResponse } from '../../../contract/settlement.js';
import {
  AttendanceBody,
  CancelEventBody,
  EvaluationBody,
  EventBody,
  EventDetailSchema,
  EventListQuery,
  EventListSchema,
  EventParams,
  RegistrationParams,
  UpdateEventBody,
} from '../../../contract/events.js';
import { requireActor } from '../../plugins/authentication.js';
import { listEvents } from './queries/list-events.js';
import { getEvent } from './queries/get-event.js';
import { certificateFile } from './queries/certificate.js';
import { createEvent } from './commands/create-event.js';
import { registerForEvent } from './commands/register-for-event.js';
import { cancelRegistration } from './commands/cancel-registration.js';
import { recordAttendance } from './commands/record-attendance.js';
import { evaluateEvent } from './commands/evaluate-event.js';
import { updateEvent } from './commands/update-event.js';
import { cancelEvent } from './commands/cancel-event.js';

/** The pool's agenda: training, masterclasses, intervision days and coordinator meetings. */
export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['Community'],
        summary: 'De agenda van de pool: komende (of voorbije) bijeenkomsten met vrije plaatsen en uw eigen inschrijving (mediators, coördinatoren, beheerders)',
        querystring: EventListQuery,
        response: { 200: EventListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listEvents(app.db, requireActor(request), request.query.when ?? 'upcoming'),
  );

  app.post(
    '/events',
    {
      schema: {
        tags: ['Community'],
        summary: 'Zet een training, masterclass, intervisiedag of coördinatorenoverleg in de agenda (coördinator)',
        body: EventBody,
        response: { 201: EventDetailSchema, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => createEvent(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/events/${id}`);
      return reply.code(201).send(await getEvent(app.db, request.auditContext(), actor, id));
    },
  );

  app.get(
    '/events/:eventId',
    {
      schema: {
        'x-personal-data': 'deelnemersbeheer',
        tags: ['Community'],
        summary: 'Eén bijeenkomst; de organisator ziet ook de inschrijvingen, aanwezigheid en de evaluatie (vanaf 5 antwoorden)',
        params: EventParams,
        response: { 200: EventDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => getEvent(app.db, request.auditContext(), requireActor(request), request.params.eventId),
  );

  app.put(
    '/events/:eventId',
    {
      schema: {
        'x-personal-data': 'deelnemersbeheer',
        tags: ['Community'],
        summary: 'Wijzig een bijeenkomst vóór het begin (organisator): datum, plaats, capaciteit; niet lager dan het aantal plaatsen dat bezet is, een hogere laat de wachtlijst doorschuiven (met e-mail)',
        params: EventParams,
        body: UpdateEventBody,
        response: { 200: EventDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { eventId } = request.params;
      await app.db.transaction().execute((trx) => updateEvent(trx, request.auditContext(), actor, eventId, request.body, app.config.baseUrl));
      return getEvent(app.db, request.auditContext(), actor, eventId);
    },
  );

  app.post(
    '/events/:eventId/cancellation',
    {
      schema: {
        'x-personal-data': 'deelnemersbeheer',
        tags: ['Community'],
        summary: 'Annuleer een bijeenkomst vóór het begin (organisator): inschrijven stopt, iedereen met een plaats of op de wachtlijst krijgt een e-mail',
        params: EventParams,
        body: CancelEventBody,
        response: { 200: EventDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { eventId } = request.params;
      await app.db.transaction().execute((trx) => cancelEvent(trx, request.auditContext(), actor, eventId, request.body));
      return getEvent(app.db, request.auditContext(), actor, eventId);
    },
  );

  app.post(
    '/events/:eventId/registrations',
    {
      schema: {
        tags: ['Community'],
        summary: 'Schrijf uzelf in: een plaats zolang er een is, anders de wachtlijst',
        params: EventParams,
        response: { 201: EventDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { eventId } = request.params;
      await app.db.transaction().execute((trx) => registerForEvent(trx, request.auditContext(), actor, eventId));
      reply.header('Location', `/api/v1/events/${eventId}`);
      return reply.code(201).send(await getEvent(app.db, request.auditContext(), actor, eventId));
    },
  );

  app.delete(
    '/events/:eventId/registrations/:registrationId',
    {
      schema: {
        tags: ['Community'],
        summary: 'Annuleer een inschrijving (uzelf, of de organisator); de eerste op de wachtlijst schuift door en krijgt een e-mail',
        params: RegistrationParams,
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { eventId, registrationId } = request.params;
      await app.db.transaction().execute((trx) => cancelRegistration(trx, request.auditContext(), actor, eventId, registrationId, app.config.baseUrl));
      return reply.code(204).send();
    },
  );

  app.put(
    '/events/:eventId/registrations/:registrationId/attendance',
    {
      schema: {
        tags: ['Community'],
        summary: 'Leg vast of iemand aanwezig was (organisator); aanwezigheid zet de PE-punten in het MfN-onderhoud',
        params: RegistrationParams,
        body: AttendanceBody,
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { eventId, registrationId } = request.params;
      await app.db.transaction().execute((trx) => recordAttendance(trx, request.auditContext(), actor, eventId, registrationId, request.body.attended));
      return reply.code(204).send();
    },
  );

  app.get(
    '/events/:eventId/registrations/:registrationId/certificate',
    {
      schema: {
        'x-personal-data': 'deelnemersbeheer',
        tags: ['Community'],
        summary: 'Het certificaat van deelname met de PE-punten als PDF (alleen voor wie aanwezig was)',
        params: RegistrationParams,
        response: { 200: BinaryResponse('Certificaat (application/pdf)'), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { eventId, registrationId } = request.params;
      const file = await certificateFile(app.db, request.auditContext(), requireActor(request), eventId, registrationId);
      return reply.type(file.type).header('Content-Disposition', `attachment; filename="${file.filename}"`).send(file.body as unknown as string);
    },
  );

  app.post(
    '/events/:eventId/evaluation',
    {
      schema: {
        tags: ['Community'],
        summary: 'Evalueer de bijeenkomst, anoniem (wie aanwezig was, na afloop, één keer)',
        params: EventParams,
        body: EvaluationBody,
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => evaluateEvent(trx, request.auditContext(), actor, request.params.eventId, request.body));
      return reply.code(204).send();
    },
  );
};
