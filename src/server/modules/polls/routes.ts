import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import { AnswerPollBody, FirstSessionPollBody, FixPollBody, PollCaseParams, PollParams, PollSchema, PollTokenParams, PublicPollSchema } from '../../../contract/polls.js';
import { requireActor } from '../../plugins/authentication.js';
import { getPoll } from './queries/get-poll.js';
import { readPollLink } from './queries/read-poll-link.js';
import { answerPoll, answerPollByLink } from './commands/answer-poll.js';
import { fixPoll } from './commands/fix-poll.js';
import { openFirstSessionPoll } from './commands/open-first-session-poll.js';

/**
 * Date polls: read, answer and fix with an account; a case's parties read and answer through their
 * personal link (public, the token is the permission: unknown 404, closed 409, expired 410).
 * Intervision polls are opened through the community module (a meeting of a group).
 */
export const pollRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/polls/:pollId',
    {
      schema: {
        'x-personal-data': 'datumprikker',
        tags: ['Datumprikkers'],
        summary: 'Een datumprikker met de antwoorden per genodigde, de telling per moment en het beste moment',
        params: PollParams,
        response: { 200: PollSchema, ...problems(401, 404) },
      },
    },
    async (request) => getPoll(app.db, request.auditContext(), requireActor(request), request.params.pollId),
  );

  app.put(
    '/polls/:pollId/answers',
    {
      schema: {
        tags: ['Datumprikkers'],
        summary: 'Uw antwoord per moment (ja, eventueel, nee); te wijzigen zolang de datumprikker open is',
        params: PollParams,
        body: AnswerPollBody,
        response: { 204: NoContent, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => answerPoll(trx, request.auditContext(), actor, request.params.pollId, request.body));
      return reply.code(204).send();
    },
  );

  app.post(
    '/polls/:pollId/fix',
    {
      schema: {
        tags: ['Datumprikkers'],
        summary: 'Zet de datum vast op een moment: de genodigden krijgen een e-mail met .ics; bij een eerste gesprek wordt het gesprek op de zaak gepland',
        params: PollParams,
        body: FixPollBody,
        response: { 200: PollSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => fixPoll(trx, request.auditContext(), actor, request.params.pollId, request.body.slotId, app.config.baseUrl));
      return getPoll(app.db, request.auditContext(), actor, request.params.pollId);
    },
  );

  app.post(
    '/cases/:caseId/first-session-polls',
    {
      schema: {
        tags: ['Datumprikkers'],
        summary: 'Bied momenten aan voor het eerste gesprek; elke partij met e-mailadres krijgt een persoonlijke link om zonder account te antwoorden',
        params: PollCaseParams,
        body: FirstSessionPollBody,
        response: { 201: PollSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const pollId = await app.db.transaction().execute((trx) => openFirstSessionPoll(trx, request.auditContext(), actor, request.params.caseId, request.body, app.config.baseUrl));
      reply.header('Location', `/api/v1/polls/${pollId}`);
      return reply.code(201).send(await getPoll(app.db, request.auditContext(), actor, pollId));
    },
  );

  app.get(
    '/poll-links/:token',
    {
      schema: {
        'x-personal-data': 'datumprikker',
        tags: ['Datumprikkers'],
        summary: 'Wat een partij via haar persoonlijke link ziet: de momenten en haar eigen antwoorden (zonder account)',
        security: [],
        params: PollTokenParams,
        response: { 200: PublicPollSchema, ...problems(404, 410) },
      },
    },
    async (request) => readPollLink(app.db, request.auditContext(), request.params.token),
  );

  app.put(
    '/poll-links/:token/answers',
    {
      schema: {
        tags: ['Datumprikkers'],
        summary: 'Een partij antwoordt per moment via haar persoonlijke link (zonder account); te wijzigen zolang de datumprikker open is',
        security: [],
        params: PollTokenParams,
        body: AnswerPollBody,
        response: { 204: NoContent, ...problems(400, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) => answerPollByLink(trx, request.auditContext(), request.params.token, request.body));
      return reply.code(204).send();
    },
  );
};
