import { sql } from 'kysely';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NoContent, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { hasRole } from '../../auth/actor.js';
import { writeAudit } from '../../audit/write-audit.js';
import { loadCaseForActor, todayInAmsterdam } from '../case-status/index.js';
import { canSeeAftercareTasks } from './policy.js';
import { AftercareBody, AftercareTaskSchema, OutcomeBody, OutcomeSchema, PublicSurveySchema, SurveyBody, SurveyTokenParams } from './schemas.js';
import { presentOutcome } from './present-outcome.js';
import { recordOutcome } from './commands/record-outcome.js';
import { recordAftercare } from './commands/record-aftercare.js';
import { inviteSurvey, resendSurvey } from './commands/invite-survey.js';
import { answerSurvey, findInvitation } from './commands/answer-survey.js';

const CaseParams = Obj({ caseId: Uuid });

/** The outcome of a case, aftercare and the parties' anonymous satisfaction survey. */
export const outcomeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/cases/:caseId/outcome',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'De uitkomst met afgeleide gesprekken en uren (contactpersoon: status en, met toestemming, de categorie)',
        params: CaseParams,
        response: { 200: OutcomeSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      if (access === 'full') await writeAudit(app.db, request.auditContext(), { action: 'case.outcome-read', objectType: 'case', objectId: row.id, purpose: 'uitkomst' });
      return presentOutcome(app.db, row, access);
    },
  );

  app.put(
    '/cases/:caseId/outcome',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Leg de uitkomst vast of corrigeer die (mediator van de zaak, coördinator); nodig om af te ronden',
        params: CaseParams,
        body: OutcomeBody,
        response: { 200: OutcomeSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordOutcome(trx, request.auditContext(), actor, request.params.caseId, request.body));
      const { row, access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      return presentOutcome(app.db, row, access);
    },
  );

  app.post(
    '/cases/:caseId/aftercare',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Nazorg: zijn de afspraken nagekomen? Daarna wordt de zaak gesloten (mediator van de zaak, coördinator)',
        params: CaseParams,
        body: AftercareBody,
        response: { 200: OutcomeSchema, ...problems(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordAftercare(trx, request.auditContext(), actor, request.params.caseId, request.body));
      const { row, access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      return presentOutcome(app.db, row, access);
    },
  );

  app.get(
    '/me/aftercare-tasks',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Openstaande nazorg: mediator de eigen zaken, coördinator alle zaken van de pool',
        response: { 200: Obj({ items: Type.Array(AftercareTaskSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canSeeAftercareTasks(actor), 'collection');
      let q = app.db
        .selectFrom('case_outcome as o')
        .innerJoin('mediation_case as c', 'c.id', 'o.case_id')
        .select(['c.id', 'c.number', 'c.status', 'c.concluded_on', 'o.aftercare_due_on'])
        // Whose check it is, for the coordinator's list: the lead mediator still on the case.
        .select(
          sql<string | null>`(SELECT coalesce(u.name, i.name) FROM case_mediator cm
            JOIN mediator_profile mp ON mp.id = cm.mediator_id
            LEFT JOIN app_user u ON u.id = mp.user_id
            LEFT JOIN invitation i ON i.id = mp.invitation_id
            WHERE cm.case_id = c.id AND cm.role = 'lead' AND cm.released_at IS NULL
            ORDER BY cm.assigned_at DESC LIMIT 1)`.as('lead_mediator_name'),
        )
        .where('o.pool_id', '=', actor.poolId)
        .where('c.status', 'in', ['concluded', 'aftercare'])
        .where('o.aftercare_kept', 'is', null)
        .where('o.aftercare_due_on', 'is not', null);
      if (!hasRole(actor, 'coordinator')) {
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('case_mediator as cm')
              .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
              .select('cm.case_id')
              .whereRef('cm.case_id', '=', 'c.id')
              .where('cm.released_at', 'is', null)
              .where('mp.user_id', '=', actor.userId),
          ),
        );
      }
      const rows = await q.orderBy('o.aftercare_due_on').orderBy('c.number').execute();
      const today = todayInAmsterdam();
      return {
        items: rows.map((r) => ({
          caseId: r.id,
          caseNumber: r.number,
          status: r.status,
          concludedOn: r.concluded_on,
          dueOn: r.aftercare_due_on as string,
          due: (r.aftercare_due_on as string) <= today,
          leadMediatorName: r.lead_mediator_name,
        })),
      };
    },
  );

  app.post(
    '/cases/:caseId/satisfaction-invitations',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Nodig de partijen (met e-mailadres) uit voor de anonieme tevredenheidsvraag, één keer per zaak',
        params: CaseParams,
        response: { 201: Obj({ invited: Type.Integer() }), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const invited = await app.db.transaction().execute((trx) => inviteSurvey(trx, request.auditContext(), app.config.baseUrl, actor, request.params.caseId));
      return reply.code(201).send({ invited });
    },
  );

  app.post(
    '/cases/:caseId/satisfaction-invitations/resend',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Stuur de tevredenheidsvraag opnieuw aan de partijen (met e-mailadres) die nog niet antwoordden; hun eerdere link vervalt',
        params: CaseParams,
        response: { 201: Obj({ invited: Type.Integer() }), ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const invited = await app.db.transaction().execute((trx) => resendSurvey(trx, request.auditContext(), app.config.baseUrl, actor, request.params.caseId));
      return reply.code(201).send({ invited });
    },
  );

  app.get(
    '/satisfaction/:token',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'De anonieme tevredenheidsvraag via de persoonlijke link (zonder account)',
        security: [],
        params: SurveyTokenParams,
        response: { 200: PublicSurveySchema, ...problems(404) },
      },
    },
    async (request) => {
      const inv = await findInvitation(app.db, request.params.token);
      return { poolName: inv.pool_name, answered: inv.used_at !== null };
    },
  );

  app.post(
    '/satisfaction/:token',
    {
      schema: {
        tags: ['Uitkomst'],
        summary: 'Beantwoord de tevredenheidsvraag: 1–5 voor proces, mediator en uitkomst, met optionele opmerking (de link werkt één keer)',
        security: [],
        params: SurveyTokenParams,
        body: SurveyBody,
        response: { 204: NoContent, ...problems(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((trx) => answerSurvey(trx, request.auditContext(), request.params.token, request.body));
      return reply.code(204).send();
    },
  );

};
