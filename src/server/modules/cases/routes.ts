import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  CaseDetailQuerySchema,
  CaseDetailSchema,
  CaseDocumentParams,
  CaseDocumentSchema,
  CaseDocumentsSchema,
  CaseEventsSchema,
  CaseListQuerySchema,
  CaseListSchema,
  CaseParams,
  DOCUMENT_BODY_LIMIT,
  DocumentUploadBody,
  FirstContactBody,
  ObjectionBody,
  ReferralBody,
  ReferralCreatedSchema,
  TransitionBody,
  TriageBody,
} from '../../../contract/cases.js';
import { requireActor } from '../../plugins/authentication.js';
import { referCase } from './commands/refer-case.js';
import { transitionCase } from './commands/transition-case.js';
import { triageCase } from './commands/triage-case.js';
import { recordFirstContact } from './commands/record-first-contact.js';
import { updateObjectionTerms } from './commands/update-objection-terms.js';
import { uploadCaseDocument } from './commands/upload-case-document.js';
import { listCases } from './queries/list-cases.js';
import { DEFAULT_READ_PURPOSE, getCaseDetail } from './queries/get-case-detail.js';
import { listCaseEvents } from './queries/list-case-events.js';
import { listCaseDocuments } from './queries/list-case-documents.js';
import { downloadCaseDocument } from './queries/download-case-document.js';
import { presentDocument } from './present-case.js';

/** Cases: referral, the case list, detail with clocks and timeline, triage, transitions, documents. */
export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/cases',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Meld een zaak aan (contactpersoon voor de eigen gemeente, coördinator voor elke lidgemeente)',
        body: ReferralBody,
        response: { 201: ReferralCreatedSchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await app.db.transaction().execute((trx) => referCase(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/cases/${row.id}`);
      return reply.code(201).send({ id: row.id, number: row.number });
    },
  );

  app.get(
    '/cases',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Zaken die u mag zien, met filters, sortering en paginering',
        querystring: CaseListQuerySchema,
        response: { 200: CaseListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listCases(app.db, requireActor(request), request.query),
  );

  app.get(
    '/cases/:caseId',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Zaken'],
        summary: 'Eén zaak: alles voor coördinator en mediator, status en data voor de verwijzer',
        params: CaseParams,
        querystring: CaseDetailQuerySchema,
        response: { 200: CaseDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => getCaseDetail(app.db, request.auditContext(), requireActor(request), request.params.caseId, request.query.purpose ?? DEFAULT_READ_PURPOSE),
  );

  app.get(
    '/cases/:caseId/events',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Zaken'],
        summary: 'Tijdlijn van de zaak: elke stap met wie en wanneer',
        params: CaseParams,
        response: { 200: CaseEventsSchema, ...problems(401, 404) },
      },
    },
    async (request) => listCaseEvents(app.db, requireActor(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/transitions',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Zet de zaak een stap verder in de levenscyclus',
        params: CaseParams,
        body: TransitionBody,
        response: { 200: CaseDetailSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => transitionCase(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return getCaseDetail(app.db, request.auditContext(), actor, request.params.caseId);
    },
  );

  app.post(
    '/cases/:caseId/triage',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Triagebesluit: contra-indicaties en route (coördinator)',
        params: CaseParams,
        body: TriageBody,
        response: { 200: CaseDetailSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => triageCase(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return getCaseDetail(app.db, request.auditContext(), actor, request.params.caseId, 'triage');
    },
  );

  app.put(
    '/cases/:caseId/first-contact',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Leg de datum van het eerste contact met de partijen vast',
        params: CaseParams,
        body: FirstContactBody,
        response: { 200: CaseDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordFirstContact(trx, request.auditContext(), actor, request.params.caseId, request.body.date));
      return getCaseDetail(app.db, request.auditContext(), actor, request.params.caseId);
    },
  );

  app.put(
    '/cases/:caseId/objection',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Gegevens voor de wettelijke beslistermijn van een bezwaar (Awb 6:7, 7:10)',
        params: CaseParams,
        body: ObjectionBody,
        response: { 200: CaseDetailSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateObjectionTerms(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return getCaseDetail(app.db, request.auditContext(), actor, request.params.caseId);
    },
  );

  app.get(
    '/cases/:caseId/documents',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Zaken'],
        summary: 'Documenten bij de zaak',
        params: CaseParams,
        response: { 200: CaseDocumentsSchema, ...problems(401, 404) },
      },
    },
    async (request) => listCaseDocuments(app.db, requireActor(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/documents',
    {
      bodyLimit: DOCUMENT_BODY_LIMIT,
      schema: {
        tags: ['Zaken'],
        summary: 'Voeg een document toe (PDF, afbeelding of Office; hoogstens 10 MB; inhoud als base64)',
        params: CaseParams,
        body: DocumentUploadBody,
        response: { 201: CaseDocumentSchema, ...problems(401, 404, 413) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const doc = await app.db.transaction().execute((trx) => uploadCaseDocument(trx, request.auditContext(), actor, request.params.caseId, request.body));
      reply.header('Location', `/api/v1/cases/${request.params.caseId}/documents/${doc.id}`);
      return reply.code(201).send(presentDocument(doc));
    },
  );

  app.get(
    '/cases/:caseId/documents/:documentId/content',
    {
      schema: {
        'x-personal-data': 'zaakbehandeling',
        tags: ['Zaken'],
        summary: 'Download een document (alleen wie de hele zaak mag zien)',
        params: CaseDocumentParams,
        response: { 200: { description: 'De inhoud van het document', type: 'string', format: 'binary' }, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const doc = await downloadCaseDocument(app.db, request.auditContext(), requireActor(request), request.params.caseId, request.params.documentId);
      return reply
        .type(doc.contentType)
        .header('Content-Disposition', doc.contentDisposition)
        .header('X-Content-SHA256', doc.sha256)
        .send(doc.content as unknown as string);
    },
  );
};
