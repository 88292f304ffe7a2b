import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { BatchSuggestionSchema, CandidateListSchema, CandidatesQuery, CaseParams, MatchingCaseSchema, MatchingSettingsBody, MatchingSettingsSchema } from '../../../contract/matching.js';
import { listCandidates } from './queries/list-candidates.js';
import { suggestBatch } from './queries/suggest-batch.js';
import { readMatchingSettings } from './queries/read-matching-settings.js';
import { readCaseMatching } from './queries/read-case-matching.js';
import { updateMatchingSettings } from './commands/update-matching-settings.js';

/** Candidates for one case, what one may do about a case's matching, the batch suggestion for all cases in matching, and the weights. */
export const candidateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/cases/:caseId/matching',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Wat u nu aan de matching van deze zaak mag doen: kandidaten bekijken, voorstellen, een externe mediator voorstellen, de verdeling bekijken',
        params: CaseParams,
        response: { 200: MatchingCaseSchema, ...problems(401, 404) },
      },
    },
    async (request) => readCaseMatching(app.db, requireActor(request), request.params.caseId),
  );

  app.get(
    '/cases/:caseId/candidates',
    {
      schema: {
        'x-personal-data': 'matching',
        tags: ['Matching'],
        summary: 'Kandidaten voor een zaak: geschikt met score en toelichting, uitgesloten met alle redenen, co-mediators (coördinator)',
        params: CaseParams,
        querystring: CandidatesQuery,
        response: { 200: CandidateListSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => listCandidates(app.db, request.auditContext(), requireActor(request), request.params.caseId, request.query.limit ?? 50),
  );

  app.get(
    '/matching/batch-suggestion',
    {
      schema: {
        'x-personal-data': 'matching',
        tags: ['Matching'],
        summary: 'Optimale verdeling van alle zaken in "Mediator zoeken" over de mediators (behalve zaken die een externe mediator vragen); per zaak te accepteren als voorstel (coördinator)',
        response: { 200: BatchSuggestionSchema, ...problems(401, 403) },
      },
    },
    async (request) => suggestBatch(app.db, request.auditContext(), requireActor(request)),
  );

  app.get(
    '/matching/settings',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Gewichten van de rangschikking (beheerder, coördinator)',
        response: { 200: MatchingSettingsSchema, ...problems(401, 403) },
      },
    },
    async (request) => readMatchingSettings(app.db, requireActor(request)),
  );

  app.patch(
    '/matching/settings',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Wijzig de gewichten, of zet ze terug op de standaard (beheerder, coördinator)',
        body: MatchingSettingsBody,
        response: { 200: MatchingSettingsSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateMatchingSettings(trx, request.auditContext(), actor, request.body));
      return readMatchingSettings(app.db, actor);
    },
  );
};
