import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import type { AuditContext } from '../../audit/write-audit.js';
import type { Actor } from '../../auth/actor.js';
import {
  CaseParams,
  ConsentBody,
  ConsentLinkBody,
  DeclarationSchema,
  ExternalMediatorBody,
  ProposalListSchema,
  ProposalParams,
  ProposalSchema,
  ProposeBody,
  ReasonBody,
  TaskListSchema,
} from '../../../contract/matching.js';
import { readProposal } from './queries/read-proposal.js';
import { listCaseProposals } from './queries/list-case-proposals.js';
import { listMyTasks } from './queries/list-my-tasks.js';
import { proposeMediator } from './commands/propose-mediator.js';
import { acceptProposal } from './commands/accept-proposal.js';
import { declineProposal } from './commands/decline-proposal.js';
import { recordConsent } from './commands/record-consent.js';
import { withdrawProposal } from './commands/withdraw-proposal.js';
import { proposeExternalMediator } from './commands/propose-external-mediator.js';
import { resendConsentLink } from './commands/resend-consent-link.js';
import type { ActContext } from './proposal-lifecycle.js';

/** Proposals: the coordinator proposes, the mediator answers with the declaration, consent is recorded. */
export const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const act = (ctx: AuditContext): ActContext => ({ ctx, baseUrl: app.config.baseUrl });

  /** The proposal as this actor may see it after the act; reading the parties' names is audited. */
  const show = (actor: Actor, proposalId: string, ctx: AuditContext) => readProposal(app.db, ctx, actor, proposalId);

  app.post(
    '/cases/:caseId/proposals',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Stel een mediator (en eventueel een co-mediator) voor; de harde regels worden opnieuw gecontroleerd; een geregistreerde relatie met een partij vraagt een melding (MfN 2.3) (coördinator)',
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
        'x-personal-data': 'matching',
        tags: ['Matching'],
        summary: 'Alle voorstellen voor een zaak, met de instemming per partij (coördinator)',
        params: CaseParams,
        response: { 200: ProposalListSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => listCaseProposals(app.db, request.auditContext(), requireActor(request), request.params.caseId),
  );

  app.get(
    '/proposals/:proposalId',
    {
      schema: {
        'x-personal-data': 'matching',
        tags: ['Matching'],
        summary: 'Eén voorstel: alles voor de coördinator; voor de voorgestelde mediator wat nodig is om belangenverstrengeling te beoordelen, zolang het voorstel open is of de mediator de zaak heeft',
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
      // Declining ends the mediator's part in the proposal: the answer is the closed proposal as they declined it.
      return app.db.transaction().execute((trx) => declineProposal(trx, act(request.auditContext()), actor, request.params.proposalId, request.body.reason));
    },
  );

  app.post(
    '/proposals/:proposalId/consents',
    {
      schema: {
        tags: ['Matching'],
        summary: 'Leg het antwoord van een partij vast (telefoon, e-mail, brief of gesprek; het accepteren van een gemelde relatie alleen per e-mail of brief) (coördinator)',
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
        body: ConsentLinkBody,
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
        'x-personal-data': 'zaakbehandeling',
        tags: ['Matching'],
        summary: 'Voorstellen die op mijn antwoord wachten (mediator)',
        response: { 200: TaskListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listMyTasks(app.db, requireActor(request)),
  );
};
