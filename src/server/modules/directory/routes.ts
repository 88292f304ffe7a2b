import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  AdminInitiativeListSchema,
  DirectoryPoolParams,
  DirectorySchema,
  DirectorySearchQuery,
  DirectorySearchSchema,
  InitiativeBody,
  InitiativeParams,
  InitiativeSchema,
  MunicipalityOptionListSchema,
  OPEN_DATA_LICENCE,
  OpenDataCsvResponse,
  OpenDataSchema,
  PoolPageSchema,
  PoolPublicPageSchema,
  UpdatePoolPublicPageBody,
} from '../../../contract/directory.js';
import { requireActor } from '../../plugins/authentication.js';
import { getDirectory, getMunicipalityOptions } from './queries/get-directory.js';
import { searchDirectory } from './queries/search-directory.js';
import { getPoolOpenData, getPoolPage } from './queries/get-pool-page.js';
import { listAdminInitiatives } from './queries/list-admin-initiatives.js';
import { createInitiative } from './commands/create-initiative.js';
import { changeInitiative, removeInitiative } from './commands/change-initiative.js';
import { getPoolPublicPage } from './queries/get-pool-public-page.js';
import { updatePoolPublicPage } from './commands/update-pool-public-page.js';
import { openDataCsv } from './open-data-csv.js';
import { publicRateLimit } from './public-rate-limit.js';

const TAGS = ['Gids'];
const LICENCE_LINK = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;

/** The public directory (no sign-in, rate-limited per address) and the platform administrator's initiatives. */
export const directoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const onRequest = publicRateLimit();

  app.get(
    '/directory',
    { onRequest, schema: { tags: TAGS, summary: 'Openbare gids: alle pools van deze installatie en de andere initiatieven', security: [], response: { 200: DirectorySchema, ...problems(429) } } },
    async () => getDirectory(app.db),
  );

  app.get(
    '/directory/municipalities',
    {
      onRequest,
      schema: { tags: TAGS, summary: 'De gemeentelijst van het CBS, om in de gids op gemeente te zoeken', security: [], response: { 200: MunicipalityOptionListSchema, ...problems(429) } },
    },
    async () => getMunicipalityOptions(),
  );

  app.get(
    '/directory/search',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Welke pools en initiatieven werken voor een gemeente (naam of CBS-code)?',
        security: [],
        querystring: DirectorySearchQuery,
        response: { 200: DirectorySearchSchema, ...problems(400, 429) },
      },
    },
    async (request) => searchDirectory(app.db, request.query),
  );

  app.get(
    '/directory/pools/:poolId',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'De openbare pagina van een pool: gemeenten, soorten conflicten, contact en de kerncijfers van vorig jaar (kleine-aantallenregel)',
        security: [],
        params: DirectoryPoolParams,
        response: { 200: PoolPageSchema, ...problems(400, 404, 429) },
      },
    },
    async (request) => getPoolPage(app.db, request.params.poolId),
  );

  app.get(
    '/directory/pools/:poolId/open-data.json',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Open data (JSON, CC0 1.0): de kerncijfers van vorig jaar van een pool, met de kleine-aantallenregel',
        security: [],
        params: DirectoryPoolParams,
        response: { 200: OpenDataSchema, ...problems(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const data = await getPoolOpenData(app.db, request.params.poolId, `${app.config.baseUrl}/gids/pool/${request.params.poolId}`);
      return reply.header('Link', LICENCE_LINK).header('Content-Disposition', `attachment; filename="kerncijfers-${data.year}.json"`).send(data);
    },
  );

  app.get(
    '/directory/pools/:poolId/open-data.csv',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Open data (CSV, CC0 1.0): de kerncijfers van vorig jaar van een pool, met de kleine-aantallenregel',
        security: [],
        params: DirectoryPoolParams,
        response: { 200: OpenDataCsvResponse, ...problems(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const data = await getPoolOpenData(app.db, request.params.poolId, `${app.config.baseUrl}/gids/pool/${request.params.poolId}`);
      return reply
        .type('text/csv; charset=utf-8')
        .header('Link', LICENCE_LINK)
        .header('Content-Disposition', `attachment; filename="kerncijfers-${data.year}.csv"`)
        .send(openDataCsv(data));
    },
  );

  app.get(
    '/pool-public-page',
    {
      schema: {
        tags: TAGS,
        summary: 'De openbare pagina van uw pool in de gids zoals de beheerder hem bijhoudt: wat de pool doet, hoe u mediation aanvraagt, het contact (beheerder, coördinator, financiën)',
        response: { 200: PoolPublicPageSchema, ...problems(401, 403) },
      },
    },
    async (request) => getPoolPublicPage(app.db, requireActor(request)),
  );

  app.put(
    '/pool-public-page',
    {
      schema: {
        tags: TAGS,
        summary: 'Wijzig de openbare pagina van uw pool in de gids (beheerder): platte tekst; het contact is dat van de instellingen. Een versie die intussen veranderde: 409',
        body: UpdatePoolPublicPageBody,
        response: { 200: PoolPublicPageSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updatePoolPublicPage(trx, request.auditContext(), actor, request.body));
      return getPoolPublicPage(app.db, actor);
    },
  );

  app.get(
    '/platform/initiatives',
    { schema: { tags: TAGS, summary: 'De initiatieven in de gids (platformbeheerder)', response: { 200: AdminInitiativeListSchema, ...problems(401, 403) } } },
    async (request) => listAdminInitiatives(app.db, requireActor(request)),
  );

  app.post(
    '/platform/initiatives',
    {
      schema: { tags: TAGS, summary: 'Voeg een initiatief toe aan de gids (platformbeheerder)', body: InitiativeBody, response: { 201: InitiativeSchema, ...problems(400, 401, 403) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await app.db.transaction().execute((trx) => createInitiative(trx, request.auditContext(), actor, request.body));
      return reply.code(201).header('Location', `/api/v1/platform/initiatives/${created.id}`).send(created);
    },
  );

  app.put(
    '/platform/initiatives/:initiativeId',
    {
      schema: {
        tags: TAGS,
        summary: 'Wijzig een initiatief in de gids (platformbeheerder)',
        params: InitiativeParams,
        body: InitiativeBody,
        response: { 200: InitiativeSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction().execute((trx) => changeInitiative(trx, request.auditContext(), actor, request.params.initiativeId, request.body));
    },
  );

  app.delete(
    '/platform/initiatives/:initiativeId',
    {
      schema: { tags: TAGS, summary: 'Haal een initiatief uit de gids (platformbeheerder)', params: InitiativeParams, response: { 204: NoContent, ...problems(401, 403, 404) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeInitiative(trx, request.auditContext(), actor, request.params.initiativeId));
      return reply.code(204).send();
    },
  );
};
