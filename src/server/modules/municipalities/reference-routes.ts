import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Obj, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { MUNICIPALITY_LIST_DATE, referenceMunicipalities } from '../../reference-data/municipalities.js';

const ReferenceMunicipalitySchema = Obj({
  code: Type.String(),
  name: Type.String(),
  province: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  member: Type.Boolean({ description: 'Al lid van uw pool' }),
});

/** "Súdwest-Fryslân" is found by "sudwest". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The CBS list of Dutch municipalities to pick from when adding a member. */
export const referenceMunicipalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reference/municipalities',
    {
      schema: {
        tags: ['Register'],
        summary: 'Alle Nederlandse gemeenten volgens het CBS (om uit te kiezen)',
        querystring: Obj({
          q: Type.Optional(Type.String({ maxLength: 100, description: 'Zoek op naam, CBS-code of provincie' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 400, default: 400 })),
        }),
        response: {
          200: Obj({ listDate: Type.String(), total: Type.Integer(), items: Type.Array(ReferenceMunicipalitySchema) }),
          ...problems(401),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { q, limit = 400 } = request.query;
      const needle = q ? fold(q.trim()) : '';
      const members = new Set(
        (
          await app.db
            .selectFrom('pool_member as pm')
            .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
            .select('m.code')
            .where('pm.pool_id', '=', actor.poolId)
            .execute()
        ).map((r) => r.code),
      );
      const matches = referenceMunicipalities()
        .filter((m) => !needle || fold(m.name).includes(needle) || fold(m.code).includes(needle) || fold(m.province).includes(needle))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return {
        listDate: MUNICIPALITY_LIST_DATE,
        total: matches.length,
        items: matches.slice(0, limit).map((m) => ({ code: m.code, name: m.name, province: m.province, latitude: m.lat, longitude: m.lon, member: members.has(m.code) })),
      };
    },
  );
};
