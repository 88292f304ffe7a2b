import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IsoDate, NoContent, Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { invalidField } from '../../http/problem.js';
import { writeAudit } from '../../audit/write-audit.js';
import { loadCaseForActor } from '../case-status/index.js';
import { canExternalCosts } from './policy.js';
import { EngagementSchema, declarationRows, engagementsOf } from './external-cost-engagements.js';
import { declareExternalCost, removeExternalCost } from './commands/external-costs.js';

const Int = Type.Integer();

/**
 * External (paid) mediators: a cost overview outside the netting between members. Each
 * engagement (case + external mediator + agreed rate) costs its declared minutes at that rate,
 * rounded half up to the cent once per engagement; the requesting municipality bears it.
 */
export const externalCostRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/external-costs',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Kostenoverzicht externe mediators (buiten de verrekening tussen gemeenten) (coördinator, financiën)',
        querystring: Obj({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) }),
        response: {
          200: Obj({ from: Nullable(IsoDate), to: Nullable(IsoDate), items: Type.Array(EngagementSchema), totalMinutes: Int, totalCostCents: Int, perMunicipality: Type.Array(Obj({ id: Uuid, name: Type.String(), costCents: Int })) }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canExternalCosts(actor, 'read'), 'collection');
      const { from, to } = request.query;
      if (from && to && to < from) throw invalidField('to', 'before-from', 'De einddatum ligt vóór de begindatum.');
      let q = declarationRows(app.db, actor.poolId);
      if (from) q = q.where('x.declared_on', '>=', from);
      if (to) q = q.where('x.declared_on', '<=', to);
      const rows = await q.orderBy('c.number').orderBy('x.declared_on').orderBy('x.id').execute();
      const items = engagementsOf(rows);
      const perMunicipality = new Map<string, { id: string; name: string; costCents: number }>();
      for (const i of items) {
        const m = perMunicipality.get(i.municipality.id) ?? { ...i.municipality, costCents: 0 };
        m.costCents += i.costCents;
        perMunicipality.set(i.municipality.id, m);
      }
      return {
        from: from ?? null,
        to: to ?? null,
        items,
        totalMinutes: items.reduce((s, i) => s + i.minutes, 0),
        totalCostCents: items.reduce((s, i) => s + i.costCents, 0),
        perMunicipality: [...perMunicipality.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      };
    },
  );

  app.get(
    '/cases/:caseId/external-costs',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Gedeclareerde uren en kosten van externe mediators op één zaak, met de externe mediators van de zaak en hun afgesproken tarief (coördinator)',
        params: Obj({ caseId: Uuid }),
        response: {
          200: Obj({
            externalMediators: Type.Array(
              Obj({ id: Uuid, name: Type.String(), organisation: Type.String(), agreedRateCents: Int, status: Type.Enum(['assigned', 'released'] as const) }),
              { description: 'Uit de matching: de externe mediators die op de zaak zijn (of waren) ingezet' },
            ),
            items: Type.Array(EngagementSchema),
            totalMinutes: Int,
            totalCostCents: Int,
          }),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canExternalCosts(actor, 'read'), 'collection');
      const { row } = await loadCaseForActor(app.db, actor, request.params.caseId);
      const externalMediators = await app.db
        .selectFrom('external_mediator_assignment')
        .select(['id', 'name', 'organisation', 'agreed_rate_cents', 'status'])
        .where('case_id', '=', row.id)
        .where('pool_id', '=', actor.poolId)
        .where('status', 'in', ['assigned', 'released'])
        .orderBy('created_at')
        .execute();
      const rows = await declarationRows(app.db, actor.poolId)
        .where('x.case_id', '=', row.id)
        .orderBy('x.declared_on')
        .orderBy('x.created_at')
        .orderBy('x.id')
        .execute();
      // The external mediator's name with the case: a read of personal data on a case.
      await writeAudit(app.db, request.auditContext(), { action: 'external-cost.list', objectType: 'case', objectId: row.id, purpose: 'kosten externe mediator' });
      const items = engagementsOf(rows);
      return {
        externalMediators: externalMediators.map((e) => ({ id: e.id, name: e.name, organisation: e.organisation, agreedRateCents: e.agreed_rate_cents, status: e.status as 'assigned' | 'released' })),
        items,
        totalMinutes: items.reduce((s, i) => s + i.minutes, 0),
        totalCostCents: items.reduce((s, i) => s + i.costCents, 0),
      };
    },
  );

  app.post(
    '/cases/:caseId/external-costs',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Leg gedeclareerde uren vast van een externe mediator die via de matching op de zaak is ingezet, tegen het afgesproken uurtarief (coördinator)',
        params: Obj({ caseId: Uuid }),
        body: Obj({
          externalAssignmentId: Type.String({ format: 'uuid', description: 'De inzet van de externe mediator op deze zaak (uit de matching); naam, organisatie en afgesproken uurtarief komen daarvandaan' }),
          minutes: Type.Integer({ minimum: 1, maximum: 100000 }),
          declaredOn: IsoDate,
          note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
        }),
        response: { 201: Obj({ id: Uuid }), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => declareExternalCost(trx, request.auditContext(), actor, request.params.caseId, request.body));
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/external-costs/:id',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Verwijder een declaratie van een externe mediator (coördinator)',
        params: Obj({ id: Uuid }),
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => removeExternalCost(trx, request.auditContext(), actor, request.params.id));
      return reply.code(204).send();
    },
  );
};
