import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IsoDate, Nullable, Obj, PageQuery, Uuid, pageOf, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { authorize } from '../../auth/authorize.js';
import { notFound } from '../../http/problem.js';
import type { Actor } from '../../auth/actor.js';
import { canMunicipality } from './policy.js';
import { contactPersons, findMember, selectMembers } from './queries.js';
import { MunicipalitySchema, presentMunicipality, type MemberRow } from './present-municipality.js';
import { addMemberMunicipality } from './commands/add-member-municipality.js';
import { updateMemberMunicipality } from './commands/update-member-municipality.js';
import { endMembership } from './commands/end-membership.js';
import { likePattern, poolToday } from '../registry/registry-support.js';
import { referenceMunicipalityRoutes } from './reference-routes.js';
import type { Database } from '../../db/database.js';

const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const Details = {
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  province: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  latitude: Type.Optional(Nullable(Latitude)),
  longitude: Type.Optional(Nullable(Longitude)),
  memberSince: Type.Optional(IsoDate),
  memberUntil: Type.Optional(Nullable(IsoDate)),
};

async function present(db: Database, actor: Actor, rows: MemberRow[]) {
  const contacts = await contactPersons(db, actor.poolId, rows.map((r) => r.id));
  const today = poolToday();
  const showEmail = (municipalityId: string) => canMunicipality(actor, 'read-contact-details', { poolId: actor.poolId, municipalityId });
  return rows.map((r) => presentMunicipality(r, today, contacts, showEmail));
}

/** Member municipalities of the pool: list, add by CBS code, edit, end membership. */
export const municipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/municipalities',
    {
      schema: {
        tags: ['Register'],
        summary: 'Gemeenten van de pool, met contactpersonen',
        querystring: Obj({
          ...PageQuery,
          q: Type.Optional(Type.String({ maxLength: 200, description: 'Zoek op naam of CBS-code' })),
          membership: Type.Optional(Type.Union([Type.Literal('current'), Type.Literal('former'), Type.Literal('all')], { default: 'all' })),
        }),
        response: { 200: pageOf(MunicipalitySchema), ...problems(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMunicipality(actor, 'list'), 'collection');
      const { page = 1, pageSize = 25, q, membership = 'all' } = request.query;
      const today = poolToday();
      let query = selectMembers(app.db, actor.poolId);
      if (q) query = query.where((eb) => eb.or([eb('m.name', 'ilike', likePattern(q)), eb('m.code', 'ilike', likePattern(q))]));
      if (membership === 'current') query = query.where('pm.member_since', '<=', today).where((eb) => eb.or([eb('pm.member_until', 'is', null), eb('pm.member_until', '>=', today)]));
      if (membership === 'former') query = query.where('pm.member_until', '<', today);
      const total = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await query.orderBy('m.name').orderBy('m.id').limit(pageSize).offset((page - 1) * pageSize).execute();
      return { items: await present(app.db, actor, rows), page, pageSize, total: Number(total.n) };
    },
  );

  app.post(
    '/municipalities',
    {
      schema: {
        tags: ['Register'],
        summary: 'Voeg een gemeente toe aan de pool op CBS-code (beheerder, coördinator)',
        description: 'Naam, provincie en locatie worden uit de CBS-lijst overgenomen als ze niet worden meegegeven.',
        body: Obj({ code: Type.String({ minLength: 1, maxLength: 20 }), ...Details }),
        response: { 201: MunicipalitySchema, ...problems(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canMunicipality(actor, 'create'), 'collection');
      const id = await app.db.transaction().execute((trx) => addMemberMunicipality(trx, request.auditContext(), actor.poolId, request.body));
      const [item] = await present(app.db, actor, [(await findMember(app.db, actor.poolId, id))!]);
      reply.header('Location', `/api/v1/municipalities/${id}`);
      return reply.code(201).send(item!);
    },
  );

  app.get(
    '/municipalities/:municipalityId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Eén gemeente van de pool',
        params: Obj({ municipalityId: Uuid }),
        response: { 200: MunicipalitySchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMunicipality(actor, 'read', { poolId: actor.poolId }), 'object');
      const row = await findMember(app.db, actor.poolId, request.params.municipalityId);
      if (!row) throw notFound();
      return (await present(app.db, actor, [row]))[0]!;
    },
  );

  app.patch(
    '/municipalities/:municipalityId',
    {
      schema: {
        tags: ['Register'],
        summary: 'Wijzig gegevens of lidmaatschapsdatums van een gemeente (beheerder, coördinator)',
        params: Obj({ municipalityId: Uuid }),
        body: Obj(Details),
        response: { 200: MunicipalitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMunicipality(actor, 'update', { poolId: actor.poolId }), 'object');
      await app.db.transaction().execute((trx) => updateMemberMunicipality(trx, request.auditContext(), actor.poolId, request.params.municipalityId, request.body));
      return (await present(app.db, actor, [(await findMember(app.db, actor.poolId, request.params.municipalityId))!]))[0]!;
    },
  );

  app.post(
    '/municipalities/:municipalityId/membership-endings',
    {
      schema: {
        tags: ['Register'],
        summary: 'Beëindig het lidmaatschap van een gemeente per een datum (beheerder, coördinator)',
        params: Obj({ municipalityId: Uuid }),
        body: Obj({ memberUntil: IsoDate }),
        response: { 200: MunicipalitySchema, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canMunicipality(actor, 'end-membership', { poolId: actor.poolId }), 'object');
      await app.db.transaction().execute((trx) => endMembership(trx, request.auditContext(), actor.poolId, request.params.municipalityId, request.body.memberUntil));
      return (await present(app.db, actor, [(await findMember(app.db, actor.poolId, request.params.municipalityId))!]))[0]!;
    },
  );

  await app.register(referenceMunicipalityRoutes);
};
