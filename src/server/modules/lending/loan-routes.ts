import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  LoanCaseParamsSchema,
  LoanListQuerySchema,
  LoanListSchema,
  LoanParamsSchema,
  LoanRefusalBodySchema,
  LoanRequestBodySchema,
  LoanSchema,
  LoanWithdrawalBodySchema,
  PartnerCandidateListSchema,
} from '../../../contract/lending.js';
import { requireActor } from '../../plugins/authentication.js';
import { listPartnerCandidates } from './queries/list-partner-candidates.js';
import { listLoans, readLoan } from './queries/list-loans.js';
import { requestLoan } from './commands/request-loan.js';
import { decideLoan } from './commands/decide-loan.js';
import { withdrawLoan } from './commands/withdraw-loan.js';

/** Loans of mediators between pools: partner candidates of a case, the request, the lending pool's decision, the borrowing pool's withdrawal. */
export const loanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const baseUrl = app.config.baseUrl;

  app.get(
    '/cases/:caseId/partner-candidates',
    {
      schema: {
        'x-personal-data': 'matching',
        tags: ['Uitlenen'],
        summary: 'Geschikte mediators van partnerpools voor deze zaak ("Uit partnerpools") en de leningen van de zaak (coördinator)',
        params: LoanCaseParamsSchema,
        response: { 200: PartnerCandidateListSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => listPartnerCandidates(app.db, request.auditContext(), requireActor(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/loans',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Vraag een partnerpool een mediator te lenen voor deze zaak (coördinator)',
        params: LoanCaseParamsSchema,
        body: LoanRequestBodySchema,
        response: { 201: LoanSchema, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => requestLoan(trx, request.auditContext(), baseUrl, actor, request.params.caseId, request.body.lenderProfileId));
      reply.header('Location', `/api/v1/lending/loans/${id}`);
      return reply.code(201).send(await readLoan(app.db, null, actor, id));
    },
  );

  app.get(
    '/lending/loans',
    {
      schema: {
        'x-personal-data': 'uitlenen',
        tags: ['Uitlenen'],
        summary: 'Leningen van mediators van en aan de pool, de gevraagde eerst (coördinator, beheerder)',
        querystring: LoanListQuerySchema,
        response: { 200: LoanListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listLoans(app.db, request.auditContext(), requireActor(request), request.query.status),
  );

  app.get(
    '/lending/loans/:loanId',
    {
      schema: {
        'x-personal-data': 'uitlenen',
        tags: ['Uitlenen'],
        summary: 'Eén lening (coördinator, beheerder van een van beide pools)',
        params: LoanParamsSchema,
        response: { 200: LoanSchema, ...problems(401, 404) },
      },
    },
    async (request) => readLoan(app.db, request.auditContext(), requireActor(request), request.params.loanId),
  );

  app.post(
    '/lending/loans/:loanId/approval',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Keur een gevraagde lening goed (coördinator van de uitlenende pool)',
        params: LoanParamsSchema,
        response: { 200: LoanSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => decideLoan(trx, request.auditContext(), baseUrl, actor, request.params.loanId, { approve: true }));
      return readLoan(app.db, null, actor, request.params.loanId);
    },
  );

  app.post(
    '/lending/loans/:loanId/refusal',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Wijs een gevraagde lening af met een reden (coördinator van de uitlenende pool)',
        params: LoanParamsSchema,
        body: LoanRefusalBodySchema,
        response: { 200: LoanSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => decideLoan(trx, request.auditContext(), baseUrl, actor, request.params.loanId, { approve: false, reason: request.body.reason }));
      return readLoan(app.db, null, actor, request.params.loanId);
    },
  );

  app.post(
    '/lending/loans/:loanId/withdrawal',
    {
      schema: {
        tags: ['Uitlenen'],
        summary: 'Trek een lening in die nog wacht, of een goedgekeurde lening waarvan de mediator niet is voorgesteld (coördinator van de lenende pool)',
        params: LoanParamsSchema,
        body: LoanWithdrawalBodySchema,
        response: { 200: LoanSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => withdrawLoan(trx, request.auditContext(), baseUrl, actor, request.params.loanId, request.body.status));
      return readLoan(app.db, null, actor, request.params.loanId);
    },
  );
};
