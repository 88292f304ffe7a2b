import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql } from 'kysely';
import { Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import type { Actor } from '../../auth/actor.js';
import { loadCaseForActor } from '../case-status/index.js';
import { canMatching } from './policy.js';
import { findProposalForActor } from './proposal-queries.js';
import { presentProposal } from './present-proposal.js';
import { ConsentBody, DeclarationSchema, ExternalMediatorBody, ProposalSchema, ProposeBody, TaskSchema } from './schemas.js';
import { proposeMediator } from './commands/propose-mediator.js';
import { acceptProposal } from './commands/accept-proposal.js';
import { declineProposal } from './commands/decline-proposal.js';
import { recordConsent } from './commands/record-consent.js';
import { withdrawProposal } from './commands/withdraw-proposal.js';
import { proposeExternalMediator } from './commands/propose-external-mediator.js';
import { resendConsentLink } from './commands/resend-consent-link.js';
import type { ActContext } from './proposal-lifecycle.js';

const CaseParams = Obj({ caseId: Uuid });
const ProposalParams = Obj({ proposalId: Uuid });
const ReasonBody = Obj({ reason: Type.String({ minLength: 1, maxLength: 2000 }) });

/** Proposals: the coordinator proposes, the mediator answers with the declaration, consent is recorded. */
export const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const act = (ctx: AuditContext): ActContext => ({ ctx, baseUrl: app.config.baseUrl });

  /** The proposal as this actor may see it; reading the parties' names is audited. */
  const show = async (actor: Actor, proposalId: string, ctx: AuditContext) => {
    const found = await findProposalForActor(app.db, actor, proposalId);
    await writeAudit(app.db, ctx, { action: 'proposal.read', objectType: 'proposal', objectId: proposalId, purpose: 'matching' });
    return presentProposal(app.db, found.proposal, found.access, actor.userId);
  };

  app.post(
    '/cases/:caseId/proposals',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Stel een mediator (en eventueel een co-mediator) voor; de harde regels worden opnieuw gecontroleerd (coördinator)',
        params: CaseParams,
        body: ProposeBody,
        response: { 201: ProposalSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => proposeMediator(trx, act(request.auditContext()), actor, request.params.caseId, request.body));
      reply.header('Location', `/api/v1/proposals/${id}`);
      return reply.code(201).send(await show(actor, id, request.auditContext()));
    },
  );

  app.post(
    '/cases/:caseId/external-mediator',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Stel een externe (betaalde) mediator voor met diens schriftelijke verklaring; partijen stemmen in zoals bij elk voorstel (coördinator)',
        params: CaseParams,
        body: ExternalMediatorBody,
        response: { 201: ProposalSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { proposalId } = await app.db.transaction().execute((trx) => proposeExternalMediator(trx, act(request.auditContext()), actor, request.params.caseId, request.body));
      reply.header('Location', `/api/v1/proposals/${proposalId}`);
      return reply.code(201).send(await show(actor, proposalId, request.auditContext()));
    },
  );

  app.get(
    '/cases/:caseId/proposals',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Alle voorstellen voor een zaak, met de instemming per partij (coördinator)',
        params: CaseParams,
        response: { 200: Obj({ items: Type.Array(ProposalSchema) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await loadCaseForActor(app.db, actor, request.params.caseId);
      authorize(canMatching(actor, 'read-proposals'), 'collection');
      const rows = await app.db.selectFrom('case_proposal').selectAll().where('case_id', '=', request.params.caseId).orderBy('proposed_at', 'desc').orderBy('id').execute();
      await writeAudit(app.db, request.auditContext(), { action: 'proposal.list', objectType: 'case', objectId: request.params.caseId, purpose: 'matching' });
      return { items: await Promise.all(rows.map((p) => presentProposal(app.db, p, 'coordinator', actor.userId))) };
    },
  );

  app.get(
    '/proposals/:proposalId',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Eén voorstel: alles voor de coördinator; voor de voorgestelde mediator wat nodig is om belangenverstrengeling te beoordelen',
        params: ProposalParams,
        response: { 200: ProposalSchema, ...problems(401, 404) },
      },
    },
    async (request) => show(requireActor(request), request.params.proposalId, request.auditContext()),
  );

  app.post(
    '/proposals/:proposalId/accept',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Accepteer het voorstel met de verklaring: geen belang, geen eerder advies, elke relatie gemeld (voorgestelde mediator)',
        params: ProposalParams,
        body: DeclarationSchema,
        response: { 200: ProposalSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => acceptProposal(trx, act(request.auditContext()), actor, request.params.proposalId, request.body));
      return show(actor, request.params.proposalId, request.auditContext());
    },
  );

  app.post(
    '/proposals/:proposalId/decline',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Wijs het voorstel af met een reden; de zaak gaat terug naar "Mediator zoeken" (voorgestelde mediator)',
        params: ProposalParams,
        body: ReasonBody,
        response: { 200: ProposalSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => declineProposal(trx, act(request.auditContext()), actor, request.params.proposalId, request.body.reason));
      return show(actor, request.params.proposalId, request.auditContext());
    },
  );

  app.post(
    '/proposals/:proposalId/consents',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Leg het antwoord van een partij vast (telefoon, e-mail, brief of gesprek) (coördinator)',
        params: ProposalParams,
        body: ConsentBody,
        response: { 201: ProposalSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordConsent(trx, act(request.auditContext()), actor, request.params.proposalId, request.body));
      return reply.code(201).send(await show(actor, request.params.proposalId, request.auditContext()));
    },
  );

  app.post(
    '/proposals/:proposalId/consent-links',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Stuur een partij een nieuwe persoonlijke link (de oude werkt dan niet meer) (coördinator)',
        params: ProposalParams,
        body: Obj({ partyId: Uuid }),
        response: { 201: ProposalSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => resendConsentLink(trx, act(request.auditContext()), actor, request.params.proposalId, request.body.partyId));
      return reply.code(201).send(await show(actor, request.params.proposalId, request.auditContext()));
    },
  );

  app.post(
    '/proposals/:proposalId/withdraw',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Trek het voorstel in; de zaak gaat terug naar "Mediator zoeken" (coördinator)',
        params: ProposalParams,
        body: ReasonBody,
        response: { 200: ProposalSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => withdrawProposal(trx, act(request.auditContext()), actor, request.params.proposalId, request.body.reason));
      return show(actor, request.params.proposalId, request.auditContext());
    },
  );

  app.get(
    '/me/tasks',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Voorstellen die op mijn antwoord wachten (mediator)',
        response: { 200: Obj({ items: Type.Array(TaskSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMatching(actor, 'read-tasks'), 'collection');
      const rows = await app.db
        .selectFrom('proposal_mediator as pm')
        .innerJoin('mediator_profile as mp', 'mp.id', 'pm.mediator_id')
        .innerJoin('case_proposal as p', 'p.id', 'pm.proposal_id')
        .innerJoin('mediation_case as c', 'c.id', 'p.case_id')
        .innerJoin('municipality as m', 'm.id', 'c.requesting_municipality_id')
        .innerJoin('app_user as u', 'u.id', 'p.proposed_by')
        .select(['p.id', 'c.id as case_id', 'c.number', 'c.case_type', 'm.id as municipality_id', 'm.name as municipality_name', 'pm.role', 'p.proposed_at', 'u.name as proposed_by'])
        .where('mp.user_id', '=', actor.userId)
        .where('p.pool_id', '=', actor.poolId)
        .where('pm.answer', 'is', null)
        .where('p.status', '=', 'open')
        .where('c.status', '=', sql.lit('proposed'))
        .orderBy('p.proposed_at')
        .execute();
      return {
        items: rows.map((r) => ({
          proposalId: r.id,
          caseId: r.case_id,
          caseNumber: r.number,
          caseType: r.case_type,
          requestingMunicipality: { id: r.municipality_id, name: r.municipality_name },
          role: r.role,
          proposedAt: r.proposed_at.toISOString(),
          proposedBy: r.proposed_by,
        })),
      };
    },
  );
};
