import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DateTime, IsoDate, NoContent, Nullable, Obj, Uuid, problems } from '../../http/schemas.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { invalidField } from '../../http/problem.js';
import { amountForMinutes } from '../../../domain/settlement/index.js';
import { canExternalCosts } from './policy.js';
import { declareExternalCost, removeExternalCost } from './commands/external-costs.js';

const Int = Type.Integer();
const Declaration = Obj({ id: Uuid, declaredOn: IsoDate, minutes: Int, note: Nullable(Type.String()), createdAt: DateTime });
const Engagement = Obj({
  caseId: Uuid,
  caseNumber: Type.String(),
  municipality: Obj({ id: Uuid, name: Type.String() }),
  externalName: Type.String(),
  organisation: Nullable(Type.String()),
  hourlyRateCents: Int,
  minutes: Int,
  costCents: Type.Integer({ description: 'round_half_up(minuten × tarief / 60)' }),
  declarations: Type.Array(Declaration),
});

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
          200: Obj({ from: Nullable(IsoDate), to: Nullable(IsoDate), items: Type.Array(Engagement), totalMinutes: Int, totalCostCents: Int, perMunicipality: Type.Array(Obj({ id: Uuid, name: Type.String(), costCents: Int })) }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canExternalCosts(actor, 'read'), 'collection');
      const { from, to } = request.query;
      if (from && to && to < from) throw invalidField('to', 'before-from', 'De einddatum ligt vóór de begindatum.');
      let q = app.db
        .selectFrom('external_mediator_cost as x')
        .innerJoin('mediation_case as c', 'c.id', 'x.case_id')
        .innerJoin('municipality as m', 'm.id', 'c.requesting_municipality_id')
        .selectAll('x')
        .select(['c.number as case_number', 'm.id as municipality_id', 'm.name as municipality_name'])
        .where('x.pool_id', '=', actor.poolId);
      if (from) q = q.where('x.declared_on', '>=', from);
      if (to) q = q.where('x.declared_on', '<=', to);
      const rows = await q.orderBy('c.number').orderBy('x.declared_on').orderBy('x.id').execute();
      const groups = new Map<string, typeof rows>();
      for (const r of rows) {
        const key = `${r.case_id}|${r.external_name}|${r.hourly_rate_cents}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      const items = [...groups.values()].map((list) => {
        const first = list[0]!;
        const minutes = list.reduce((s, r) => s + r.minutes, 0);
        return {
          caseId: first.case_id,
          caseNumber: first.case_number,
          municipality: { id: first.municipality_id, name: first.municipality_name },
          externalName: first.external_name,
          organisation: first.organisation,
          hourlyRateCents: first.hourly_rate_cents,
          minutes,
          costCents: amountForMinutes(minutes, first.hourly_rate_cents),
          declarations: list.map((r) => ({ id: r.id, declaredOn: r.declared_on, minutes: r.minutes, note: r.note, createdAt: r.created_at.toISOString() })),
        };
      });
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

  app.post(
    '/cases/:caseId/external-costs',
    {
      schema: {
        tags: ['Verrekening'],
        summary: 'Leg gedeclareerde uren van een externe mediator vast tegen het afgesproken uurtarief (coördinator)',
        params: Obj({ caseId: Uuid }),
        body: Obj({
          externalName: Type.String({ minLength: 1, maxLength: 200 }),
          organisation: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          hourlyRateCents: Type.Integer({ minimum: 1, maximum: 10000000, description: 'Afgesproken uurtarief in eurocenten' }),
          minutes: Type.Integer({ minimum: 1, maximum: 100000 }),
          declaredOn: IsoDate,
          note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
        }),
        response: { 201: Obj({ id: Uuid }), ...problems(401, 403, 404) },
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
