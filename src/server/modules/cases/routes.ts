import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, PageQuery, Uuid, pageOf, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { notFound } from '../../http/problem.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import type { Actor } from '../../auth/actor.js';
import {
  CaseDetailSchema,
  CaseDocumentSchema,
  CaseStatusSchema,
  CaseSummarySchema,
  CaseTypeSchema,
  ClockStateSchema,
  DocumentKindSchema,
  ReferralBody,
  TimelineEventSchema,
} from './schemas.js';
import { referCase } from './commands/refer-case.js';
import { transitionCase } from './commands/transition-case.js';
import { triageCase } from './commands/triage-case.js';
import { recordFirstContact } from './commands/record-first-contact.js';
import { updateObjectionTerms } from './commands/update-objection-terms.js';
import { uploadCaseDocument } from './commands/upload-case-document.js';
import { loadCaseForActor, loadPoolClockSettings, todayInAmsterdam } from '../case-status/index.js';
import { listCases, mayListCases } from './queries.js';
import { presentCaseDetail, summaryClockState } from './present-case.js';

const CaseParams = Obj({ caseId: Uuid });
type CaseSummary = Static<typeof CaseSummarySchema>;
const DOCUMENT_BODY_LIMIT = 15 * 1024 * 1024;

const presentDocument = (d: { id: string; kind: string; filename: string; content_type: string; size_bytes: number; sha256: string; uploaded_at: Date }) => ({
  id: d.id,
  kind: d.kind as Static<typeof CaseDocumentSchema>['kind'],
  filename: d.filename,
  contentType: d.content_type,
  sizeBytes: d.size_bytes,
  sha256: d.sha256,
  uploadedAt: d.uploaded_at.toISOString(),
});

/** Cases: referral, the case list, detail with clocks and timeline, triage, transitions, documents. */
export const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** Detail as the actor may see it; reading the confidential part is audited with its purpose. */
  const detail = async (actor: Actor, caseId: string, ctx: AuditContext, purpose: string) => {
    const loaded = await loadCaseForActor(app.db, actor, caseId);
    const settings = await loadPoolClockSettings(app.db, actor.poolId);
    const body = await presentCaseDetail(app.db, actor, loaded, todayInAmsterdam(), settings.calendar);
    if (loaded.access === 'full') {
      await writeAudit(app.db, ctx, { action: 'case.read', objectType: 'case', objectId: caseId, purpose });
    }
    return body;
  };

  app.post(
    '/cases',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Meld een zaak aan (contactpersoon voor de eigen gemeente, coördinator voor elke lidgemeente)',
        body: ReferralBody,
        response: { 201: Obj({ id: Uuid, number: Type.String() }), ...problems(401, 403, 409) },
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
        querystring: Obj({
          ...PageQuery,
          status: Type.Optional(Type.Array(CaseStatusSchema, { maxItems: 11 })),
          caseType: Type.Optional(CaseTypeSchema),
          municipalityId: Type.Optional(Uuid),
          clockState: Type.Optional(ClockStateSchema),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          sort: Type.Optional(Type.Union([Type.Literal('referredOn'), Type.Literal('number'), Type.Literal('status'), Type.Literal('nextDue')])),
          direction: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
        }),
        response: { 200: pageOf(CaseSummarySchema), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(mayListCases(actor), 'collection');
      const { page = 1, pageSize = 25, ...filters } = request.query;
      const today = todayInAmsterdam();
      const settings = await loadPoolClockSettings(app.db, actor.poolId);
      const { rows, total } = await listCases(app.db, actor, { ...filters, page, pageSize }, today, settings.calendar);
      return {
        items: rows.map((r) => ({
          id: r.id,
          number: r.number,
          title: r.title,
          caseType: r.case_type as CaseSummary['caseType'],
          status: r.status as CaseSummary['status'],
          route: r.route,
          urgency: r.urgency as CaseSummary['urgency'],
          requestingMunicipality: { id: r.requesting_municipality_id, name: r.municipality_name },
          referredOn: r.referred_on,
          nextDueOn: r.next_due_on,
          clockState: summaryClockState(r.next_due_on, today, settings.calendar),
          access: actor.roles.includes('coordinator') || r.is_assigned_mediator ? ('full' as const) : ('limited' as const),
        })),
        page,
        pageSize,
        total,
      };
    },
  );

  app.get(
    '/cases/:caseId',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Eén zaak: alles voor coördinator en mediator, status en data voor de verwijzer',
        params: CaseParams,
        querystring: Obj({ purpose: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }),
        response: { 200: CaseDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => detail(requireActor(request), request.params.caseId, request.auditContext(), request.query.purpose ?? 'zaakbehandeling'),
  );

  app.get(
    '/cases/:caseId/events',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Tijdlijn van de zaak: elke stap met wie en wanneer',
        params: CaseParams,
        response: { 200: Obj({ items: Type.Array(TimelineEventSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      const rows = await app.db.selectFrom('case_event').selectAll().where('case_id', '=', request.params.caseId).orderBy('at').orderBy('id').execute();
      return {
        items: rows.map((e) => ({
          id: Number(e.id),
          at: e.at.toISOString(),
          actor: e.actor_label,
          kind: e.kind,
          fromStatus: e.from_status,
          toStatus: e.to_status,
          // Reasons and details can hold case content: only for those with full access.
          reason: access === 'full' ? e.reason : null,
          detail: access === 'full' ? e.detail : {},
        })),
      };
    },
  );

  app.post(
    '/cases/:caseId/transitions',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Zet de zaak een stap verder in de levenscyclus',
        params: CaseParams,
        body: Obj({
          to: CaseStatusSchema,
          from: Type.Optional(CaseStatusSchema),
          reason: Type.Optional(Type.String({ maxLength: 2000 })),
          destination: Type.Optional(Type.String({ maxLength: 300 })),
        }),
        response: { 200: CaseDetailSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => transitionCase(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return detail(actor, request.params.caseId, request.auditContext(), 'zaakbehandeling');
    },
  );

  app.post(
    '/cases/:caseId/triage',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Triagebesluit: contra-indicaties en route (coördinator)',
        params: CaseParams,
        body: Obj({
          route: Type.String({ minLength: 1, maxLength: 50 }),
          contraIndications: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20, uniqueItems: true }),
          destination: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
          reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
          justification: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
        }),
        response: { 200: CaseDetailSchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => triageCase(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return detail(actor, request.params.caseId, request.auditContext(), 'triage');
    },
  );

  app.put(
    '/cases/:caseId/first-contact',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Leg de datum van het eerste contact met de partijen vast',
        params: CaseParams,
        body: Obj({ date: IsoDate }),
        response: { 200: CaseDetailSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordFirstContact(trx, request.auditContext(), actor, request.params.caseId, request.body.date));
      return detail(actor, request.params.caseId, request.auditContext(), 'zaakbehandeling');
    },
  );

  app.put(
    '/cases/:caseId/objection',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Gegevens voor de wettelijke beslistermijn van een bezwaar (Awb 6:7, 7:10)',
        params: CaseParams,
        body: Obj({
          decisionSentOn: Nullable(IsoDate),
          advisoryCommittee: Type.Boolean(),
          adjournmentWeeks: Nullable(Type.Integer({ minimum: 1, maximum: 6 })),
          postponementDays: Nullable(Type.Integer({ minimum: 1, maximum: 365 })),
          postponementConsentOn: Nullable(IsoDate),
        }),
        response: { 200: CaseDetailSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => updateObjectionTerms(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return detail(actor, request.params.caseId, request.auditContext(), 'zaakbehandeling');
    },
  );

  app.get(
    '/cases/:caseId/documents',
    {
      schema: {
        tags: ['Zaken'],
        summary: 'Documenten bij de zaak',
        params: CaseParams,
        response: { 200: Obj({ items: Type.Array(CaseDocumentSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      if (access !== 'full') throw notFound();
      const rows = await app.db
        .selectFrom('case_document')
        .select(['id', 'kind', 'filename', 'content_type', 'size_bytes', 'sha256', 'uploaded_at'])
        .where('case_id', '=', request.params.caseId)
        .orderBy('uploaded_at')
        .execute();
      return { items: rows.map(presentDocument) };
    },
  );

  app.post(
    '/cases/:caseId/documents',
    {
      bodyLimit: DOCUMENT_BODY_LIMIT,
      schema: {
        tags: ['Zaken'],
        summary: 'Voeg een document toe (PDF, afbeelding of Office; hoogstens 10 MB; inhoud als base64)',
        params: CaseParams,
        body: Obj({
          kind: DocumentKindSchema,
          filename: Type.String({ minLength: 1, maxLength: 200 }),
          contentBase64: Type.String({ minLength: 4, maxLength: DOCUMENT_BODY_LIMIT }),
        }),
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
        tags: ['Zaken'],
        summary: 'Download een document (alleen wie de hele zaak mag zien)',
        params: Obj({ caseId: Uuid, documentId: Uuid }),
        response: { 200: { description: 'De inhoud van het document', type: 'string', format: 'binary' }, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { access } = await loadCaseForActor(app.db, actor, request.params.caseId);
      if (access !== 'full') throw notFound();
      const doc = await app.db
        .selectFrom('case_document')
        .selectAll()
        .where('id', '=', request.params.documentId)
        .where('case_id', '=', request.params.caseId)
        .executeTakeFirst();
      if (!doc) throw notFound();
      await writeAudit(app.db, request.auditContext(), { action: 'case.document-download', objectType: 'case-document', objectId: doc.id, purpose: 'zaakbehandeling' });
      return reply
        .type(doc.content_type)
        .header('Content-Disposition', `attachment; filename="${doc.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .header('X-Content-SHA256', doc.sha256)
        .send(Buffer.from(doc.content) as unknown as string);
    },
  );
};
