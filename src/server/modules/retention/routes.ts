import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  DestructionApprovalSchema,
  DestructionItemParamsSchema,
  DestructionItemReviewSchema,
  DestructionListDetailSchema,
  DestructionListPageSchema,
  DestructionListParamsSchema,
  RetentionTermsInputSchema,
  RetentionTermsSchema,
} from '../../../contract/retention.js';
import { requireActor } from '../../plugins/authentication.js';
import { getDestructionList, getRetentionTerms, listDestructionLists } from './queries/retention-queries.js';
import { updateRetentionTerms } from './commands/update-retention-terms.js';
import { proposeDestructionList } from './commands/propose-destruction-list.js';
import { reviewDestructionItem } from './commands/review-destruction-item.js';
import { approveDestructionList } from './commands/approve-destruction-list.js';

/** Retention terms and destruction lists (coordinator and administrator). */
export const retentionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/retention-terms',
    {
      schema: {
        tags: ['Bewaren'],
        summary: 'Bewaartermijnen van de pool per soort gegevens, met standaard en bron',
        response: { 200: RetentionTermsSchema, ...problems(401, 403) },
      },
    },
    async (request) => getRetentionTerms(app.db, requireActor(request)),
  );

  app.put(
    '/retention-terms',
    {
      schema: {
        tags: ['Bewaren'],
        summary: 'Bewaartermijnen wijzigen',
        body: RetentionTermsInputSchema,
        response: { 200: RetentionTermsSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateRetentionTerms(trx, request.auditContext(), actor, request.body));
      return getRetentionTerms(app.db, actor);
    },
  );

  app.get(
    '/destruction-lists',
    {
      schema: {
        tags: ['Bewaren'],
        summary: 'Vernietigingslijsten van de pool, nieuwste eerst',
        response: { 200: DestructionListPageSchema, ...problems(401, 403) },
      },
    },
    async (request) => listDestructionLists(app.db, requireActor(request)),
  );

  app.post(
    '/destruction-lists',
    {
      schema: {
        tags: ['Bewaren'],
        summary: 'Stel nu een vernietigingslijst op (anders doet de maandelijkse taak dat)',
        response: { 201: DestructionListDetailSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = await app.db.transaction().execute((trx) => proposeDestructionList(trx, request.auditContext(), actor));
      return reply.code(201).header('location', `/api/v1/destruction-lists/${id}`).send(await getDestructionList(app.db, actor, id));
    },
  );

  app.get(
    '/destruction-lists/:listId',
    {
      schema: {
        tags: ['Bewaren'],
        summary: 'Eén vernietigingslijst: wat verdwijnt en wat blijft',
        params: DestructionListParamsSchema,
        response: { 200: DestructionListDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => getDestructionList(app.db, requireActor(request), request.params.listId),
  );

  app.put(
    '/destruction-lists/:listId/items/:itemId',
    {
      schema: {
        tags: ['Bewaren'],
        summary: 'Een onderdeel van de lijst halen (met reden) of terugzetten, zolang de lijst een voorstel is',
        params: DestructionItemParamsSchema,
        body: DestructionItemReviewSchema,
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => reviewDestructionItem(trx, request.auditContext(), actor, request.params.listId, request.params.itemId, request.body));
      return reply.code(204).send();
    },
  );

  app.post(
    '/destruction-lists/:listId/approval',
    {
      schema: {
        tags: ['Bewaren'],
        summary: 'Keur de bekeken versie van de lijst goed; de vernietiging wordt meteen uitgevoerd',
        params: DestructionListParamsSchema,
        body: DestructionApprovalSchema,
        response: { 200: DestructionListDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = await app.db.transaction().execute((trx) => approveDestructionList(trx, request.auditContext(), actor, request.params.listId, request.body));
      return getDestructionList(app.db, actor, id);
    },
  );
};
