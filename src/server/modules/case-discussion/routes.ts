import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { DigestBody, DigestSchema, HidePostBody, PostParams, ReplyBody, StartThreadBody, ThreadListQuery, ThreadListSchema, ThreadParams, ThreadSchema } from '../../../contract/case-discussion.js';
import { requireActor } from '../../plugins/authentication.js';
import { getDigest, getThread, listThreadPage } from './queries/threads.js';
import { replyToThread, startThread } from './commands/post.js';
import { hideDiscussionPost, setDigest, setFollowing } from './commands/moderate.js';

const TAGS = ['Casuïstiek'];

/** The case discussion: threads, replies, hiding, following, the digest choice. */
export const caseDiscussionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/case-discussion/threads',
    { schema: { 'x-personal-data': 'kennisdeling', tags: TAGS, summary: 'De draden van de casuïstiek (mediators en coördinatoren)', querystring: ThreadListQuery, response: { 200: ThreadListSchema, ...problems(401, 403) } } },
    async (request) => listThreadPage(app.db, requireActor(request), request.query),
  );

  app.post(
    '/case-discussion/threads',
    {
      schema: {
        tags: TAGS,
        summary: 'Begin een draad; de anonimiseringscontrole weigert namen, e-mailadressen, telefoonnummers, adressen en BSN',
        description: 'Een zaaknummer mag alleen van een afgeronde zaak zijn waaraan u werkte. Bij een weigering noemt invalidParams per veld wat er gevonden is (de soort, nooit de gegevens zelf).',
        body: StartThreadBody,
        response: { 201: ThreadSchema, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => startThread(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/case-discussion/threads/${id}`);
      return reply.code(201).send(await getThread(app.db, actor, id));
    },
  );

  app.get(
    '/case-discussion/threads/:threadId',
    { schema: { 'x-personal-data': 'kennisdeling', tags: TAGS, summary: 'Eén draad met zijn berichten', params: ThreadParams, response: { 200: ThreadSchema, ...problems(401, 404) } } },
    async (request) => getThread(app.db, requireActor(request), request.params.threadId),
  );

  app.post(
    '/case-discussion/threads/:threadId/posts',
    { schema: { tags: TAGS, summary: 'Reageer in een draad (door dezelfde anonimiseringscontrole)', params: ThreadParams, body: ReplyBody, response: { 201: ThreadSchema, ...problems(401, 404) } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => replyToThread(trx, request.auditContext(), actor, request.params.threadId, request.body));
      reply.header('Location', `/api/v1/case-discussion/threads/${request.params.threadId}`);
      return reply.code(201).send(await getThread(app.db, actor, request.params.threadId));
    },
  );

  app.post(
    '/case-discussion/posts/:postId/hide',
    { schema: { tags: TAGS, summary: 'Verberg een bericht, met reden (coördinator; in het auditlog)', params: PostParams, body: HidePostBody, response: { 200: ThreadSchema, ...problems(401, 403, 404, 409) } } },
    async (request) => {
      const actor = requireActor(request);
      const threadId = await app.db.transaction().execute((trx) => hideDiscussionPost(trx, request.auditContext(), actor, request.params.postId, request.body));
      return getThread(app.db, actor, threadId);
    },
  );

  app.put(
    '/case-discussion/threads/:threadId/follow',
    { schema: { tags: TAGS, summary: 'Volg een draad (voor het overzicht per e-mail)', params: ThreadParams, response: { 200: ThreadSchema, ...problems(401, 404) } } },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => setFollowing(trx, request.auditContext(), actor, request.params.threadId, true));
      return getThread(app.db, actor, request.params.threadId);
    },
  );

  app.delete(
    '/case-discussion/threads/:threadId/follow',
    { schema: { tags: TAGS, summary: 'Volg een draad niet meer', params: ThreadParams, response: { 200: ThreadSchema, ...problems(401, 404) } } },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => setFollowing(trx, request.auditContext(), actor, request.params.threadId, false));
      return getThread(app.db, actor, request.params.threadId);
    },
  );

  app.get(
    '/case-discussion/digest',
    { schema: { tags: TAGS, summary: 'Uw keuze voor het overzicht per e-mail (geen, dagelijks, wekelijks)', response: { 200: DigestSchema, ...problems(401, 403) } } },
    async (request) => getDigest(app.db, requireActor(request)),
  );

  app.put(
    '/case-discussion/digest',
    { schema: { tags: TAGS, summary: 'Kies het overzicht per e-mail van nieuwe berichten in de draden die u volgt', body: DigestBody, response: { 200: DigestSchema, ...problems(401, 403) } } },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => setDigest(trx, request.auditContext(), actor, request.body.frequency));
      return getDigest(app.db, actor);
    },
  );
};
