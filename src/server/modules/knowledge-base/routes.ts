import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  ArticleListQuery,
  ArticleListSchema,
  ArticleParams,
  ArticleDocumentSchema,
  ArticleSchema,
  DocumentVersionParams,
  KNOWLEDGE_DOCUMENT_BODY_LIMIT,
  UploadDocumentVersionBody,
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
import { uploadDocumentVersion } from './commands/upload-document-version.js';
import { downloadDocumentVersion, getArticleDocument } from './queries/article-document.js';

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
    '/knowledge-base/articles/:articleId/document',
    {
      schema: {
        'x-personal-data': 'kennisdeling',
        tags: TAGS,
        summary: 'Het document bij een artikel (sjabloon, protocol, statuten): de huidige versie, en voor mediators en coördinatoren elke versie met wie en wanneer',
        params: ArticleParams,
        response: { 200: ArticleDocumentSchema, ...problems(401, 404) },
      },
    },
    async (request) => getArticleDocument(app.db, requireActor(request), request.params.articleId),
  );

  app.post(
    '/knowledge-base/articles/:articleId/document/versions',
    {
      bodyLimit: KNOWLEDGE_DOCUMENT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Upload een (nieuwe versie van het) document: PDF, Word (docx) of OpenDocument-tekst (odt), hoogstens 10 MB, als base64 (coördinator of redacteur)',
        params: ArticleParams,
        body: UploadDocumentVersionBody,
        response: { 201: ArticleDocumentSchema, ...problems(401, 403, 404, 413) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { articleId } = request.params;
      const version = await app.db.transaction().execute((trx) => uploadDocumentVersion(trx, request.auditContext(), actor, articleId, request.body));
      reply.header('Location', `/api/v1/knowledge-base/articles/${articleId}/document/versions/${version}/content`);
      return reply.code(201).send(await getArticleDocument(app.db, actor, articleId));
    },
  );

  app.get(
    '/knowledge-base/articles/:articleId/document/versions/:version/content',
    {
      schema: {
        tags: TAGS,
        summary: 'Download een versie van het document: de huidige voor iedereen die het artikel mag lezen, een eerdere voor mediators en coördinatoren',
        params: DocumentVersionParams,
        response: { 200: { description: 'De inhoud van het document', type: 'string', format: 'binary' }, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { articleId, version } = request.params;
      const doc = await downloadDocumentVersion(app.db, request.auditContext(), requireActor(request), articleId, version);
      return reply.type(doc.contentType).header('Content-Disposition', doc.contentDisposition).header('X-Content-SHA256', doc.sha256).send(doc.content as unknown as string);
    },
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
