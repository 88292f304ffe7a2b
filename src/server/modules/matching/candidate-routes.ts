import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { conflict } from '../../http/problem.js';
import { writeAudit } from '../../audit/write-audit.js';
import { DEFAULT_WEIGHTS, suggestBatchAssignment } from '../../../domain/matching/index.js';
import { loadCaseForActor, todayInAmsterdam } from '../case-status/index.js';
import { canMatching } from './policy.js';
import { loadMatchingPolicy } from './matching-settings.js';
import { loadPoolCases, matchingPeriod } from './load-matching-inputs.js';
import { currentPoolMediators } from './mediator-facts-cache.js';
import { batchCandidates, rankForCase } from './eligibility.js';
import { presentCandidates } from './present-candidates.js';
import { BatchSuggestionSchema, CandidateListSchema, MatchingSettingsBody, MatchingSettingsSchema } from './schemas.js';
import { updateMatchingSettings } from './commands/update-matching-settings.js';

/** Candidates for one case, the batch suggestion for all cases in matching, and the weights. */
export const candidateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/cases/:caseId/candidates',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Kandidaten voor een zaak: geschikt met score en toelichting, uitgesloten met alle redenen, co-mediators (coördinator)',
        params: Obj({ caseId: Uuid }),
        querystring: Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 50, description: 'Hoogstens zoveel per lijst (standaard 50)' })) }),
        response: { 200: CandidateListSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await loadCaseForActor(app.db, actor, request.params.caseId);
      authorize(canMatching(actor, 'list-candidates'), 'collection');
      if (row.status !== 'matching' && row.status !== 'proposed') {
        throw conflict('Kandidaten zijn er alleen voor een zaak in de fase "Mediator zoeken" of "Mediator voorgesteld".', 'not-in-matching');
      }
      const when = matchingPeriod(todayInAmsterdam());
      const policy = await loadMatchingPolicy(app.db, actor.poolId);
      const cases = await loadPoolCases(app.db, actor.poolId, when, [row.id]);
      const { pool } = await currentPoolMediators(app.db, actor.poolId, when);
      const limit = request.query.limit ?? 50;
      const page = rankForCase(cases[0]!, pool, policy, limit);
      await writeAudit(app.db, request.auditContext(), { action: 'matching.candidates', objectType: 'case', objectId: row.id, purpose: 'matching' });
      return presentCandidates(cases[0]!, page, policy);
    },
  );

  app.get(
    '/matching/batch-suggestion',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Optimale verdeling van alle zaken in "Mediator zoeken" over de mediators (behalve zaken die een externe mediator vragen); per zaak te accepteren als voorstel (coördinator)',
        response: { 200: BatchSuggestionSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMatching(actor, 'batch'), 'collection');
      const when = matchingPeriod(todayInAmsterdam());
      const policy = await loadMatchingPolicy(app.db, actor.poolId);
      const all = await loadPoolCases(app.db, actor.poolId, when);
      // The parties (or triage) asked for an independent mediator: no pool mediator is suggested.
      const cases = all.filter((c) => !c.wantsExternalMediator);
      const { mediators } = await currentPoolMediators(app.db, actor.poolId, when);
      const result = suggestBatchAssignment({ cases: cases.map((c) => c.matchCase), mediators: batchCandidates(mediators), policy });
      const caseById = new Map(cases.map((c) => [c.matchCase.id, c]));
      const mediatorById = new Map(mediators.map((m) => [m.candidate.id, m.candidate]));
      await writeAudit(app.db, request.auditContext(), { action: 'matching.batch', objectType: 'pool', objectId: actor.poolId, purpose: 'matching', detail: { cases: cases.length } });
      return {
        caseCount: cases.length,
        mediatorCount: mediators.length,
        assignedCount: result.assignedCount,
        totalScore: result.totalScorePoints / 1_000_000,
        assignments: result.assignments.map((a) => {
          const m = mediatorById.get(a.mediatorId)!;
          return {
            caseId: a.caseId,
            caseNumber: caseById.get(a.caseId)!.number,
            mediator: { id: m.id, name: m.name ?? 'Onbekende mediator', municipality: m.municipality.name },
            score: a.score,
          };
        }),
        unassigned: result.unassignedCaseIds.map((id) => ({ caseId: id, caseNumber: caseById.get(id)!.number })),
        externalRequested: all.filter((c) => c.wantsExternalMediator).map((c) => ({ caseId: c.matchCase.id, caseNumber: c.number })),
      };
    },
  );

  const settings = async (poolId: string) => {
    const policy = await loadMatchingPolicy(app.db, poolId);
    return { allowDifferentDepartment: policy.allowDifferentDepartment, weights: { ...policy.weights }, defaults: { ...DEFAULT_WEIGHTS }, weightsAreDefault: policy.weightsAreDefault };
  };

  app.get(
    '/matching/settings',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Gewichten van de rangschikking (beheerder, coördinator)',
        response: { 200: MatchingSettingsSchema, ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMatching(actor, 'read-settings'), 'collection');
      return settings(actor.poolId);
    },
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
      authorize(canMatching(actor, 'update-settings'), 'collection');
      await app.db.transaction().execute((trx) => updateMatchingSettings(trx, request.auditContext(), actor, request.body));
      return settings(actor.poolId);
    },
  );
};
