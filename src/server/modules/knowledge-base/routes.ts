import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  ArticleListQuery,
  ArticleListSchema,
  ArticleParams,
  ArticleSchema,
  ArticleVersionListSchema,
  ArticleVersionParams,
  ArticleVersionSchema,
  CreateArticleBody,
  EditorListSchema,
  EditorParams,
  UpdateArticleBody,
} from '../../../contract/knowledge-base.js';
import { requireActor } from '../../plugins/authentication.js';
import { listArticles } from './queries/list-articles.js';
import { getArticle, getArticleVersion, listArticleVersions } from './queries/get-article.js';
import { listEditors } from './queries/list-editors.js';
import { createArticle } from './commands/create-article.js';
import { updateArticleVersion } from './commands/update-article.js';
import { addEditor, removeEditor } from './commands/choose-editor.js';

const TAGS = ['Kennisbank'];

/** The knowledge base: articles and documents with versions, Dutch search, editors. */
export const knowledgeBaseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/knowledge-base/articles',
    {
      schema: {
        tags: TAGS,
        summary: 'Artikelen en documenten van de kennisbank, met zoeken in het Nederlands (woordstammen: "bemiddelingen" vindt "bemiddeling")',
        description: 'Zoekwoorden worden als gewone woorden gelezen (websearch_to_tsquery): aanhalingstekens, "or" en een minteken werken zoals in een zoekmachine; andere tekens tellen niet.',
        querystring: ArticleListQuery,
        response: { 200: ArticleListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listArticles(app.db, requireActor(request), request.query),
  );

  app.post(
    '/knowledge-base/articles',
    {
      schema: { tags: TAGS, summary: 'Schrijf een artikel of document (coördinator of redacteur); versie 1', body: CreateArticleBody, response: { 201: ArticleSchema, ...problems(401, 403) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => createArticle(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/knowledge-base/articles/${id}`);
      return reply.code(201).send(await getArticle(app.db, actor, id));
    },
  );

  app.get(
    '/knowledge-base/articles/:articleId',
    { schema: { 'x-personal-data': 'kennisdeling', tags: TAGS, summary: 'Eén artikel, de Markdown als gesaneerde HTML', params: ArticleParams, response: { 200: ArticleSchema, ...problems(401, 404) } } },
    async (request) => getArticle(app.db, requireActor(request), request.params.articleId),
  );

  app.put(
    '/knowledge-base/articles/:articleId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sla een nieuwe versie op (coördinator of redacteur); 409 wanneer iemand anders intussen opsloeg',
        params: ArticleParams,
        body: UpdateArticleBody,
        response: { 200: ArticleSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateArticleVersion(trx, request.auditContext(), actor, request.params.articleId, request.body));
      return getArticle(app.db, actor, request.params.articleId);
    },
  );

  app.get(
    '/knowledge-base/articles/:articleId/versions',
    { schema: { 'x-personal-data': 'kennisdeling', tags: TAGS, summary: 'De wijzigingsgeschiedenis: elke versie, wie en wanneer', params: ArticleParams, response: { 200: ArticleVersionListSchema, ...problems(401, 404) } } },
    async (request) => listArticleVersions(app.db, requireActor(request), request.params.articleId),
  );

  app.get(
    '/knowledge-base/articles/:articleId/versions/:version',
    { schema: { 'x-personal-data': 'kennisdeling', tags: TAGS, summary: 'Eén versie zoals die werd opgeslagen', params: ArticleVersionParams, response: { 200: ArticleVersionSchema, ...problems(401, 404) } } },
    async (request) => getArticleVersion(app.db, requireActor(request), request.params.articleId, request.params.version),
  );

  app.get(
    '/knowledge-base/editors',
    { schema: { 'x-personal-data': 'kennisdeling', tags: TAGS, summary: 'De mediators en coördinatoren, en wie redacteur is (coördinator)', response: { 200: EditorListSchema, ...problems(401, 403) } } },
    async (request) => listEditors(app.db, requireActor(request)),
  );

  app.put(
    '/knowledge-base/editors/:userId',
    { schema: { tags: TAGS, summary: 'Maak iemand redacteur van de kennisbank (coördinator)', params: EditorParams, response: { 200: EditorListSchema, ...problems(401, 403, 404) } } },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => addEditor(trx, request.auditContext(), actor, request.params.userId));
      return listEditors(app.db, actor);
    },
  );

  app.delete(
    '/knowledge-base/editors/:userId',
    { schema: { tags: TAGS, summary: 'Haal iemand van de redacteuren (coördinator)', params: EditorParams, response: { 200: EditorListSchema, ...problems(401, 403, 404) } } },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeEditor(trx, request.auditContext(), actor, request.params.userId));
      return listEditors(app.db, actor);
    },
  );
};
