import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Nullable, Obj, Uuid, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';

/** The pool's public branding (for the login page) and its member municipalities. */
export const poolRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/branding',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Naam, kleur en contactgegevens van de pool, voor de inlogpagina en de voettekst',
        security: [],
        response: {
          200: Obj({
            name: Type.String(),
            colour: Type.String(),
            contact: Obj({ email: Nullable(Type.String()), phone: Nullable(Type.String()) }, { description: 'Waar partijen en gebruikers met vragen terechtkunnen' }),
          }),
          ...problems(),
        },
      },
    },
    async () => {
      // The UI shows one pool for now: the oldest of the installation.
      const pool = await app.db
        .selectFrom('pool as p')
        .leftJoin('pool_settings as s', 's.pool_id', 'p.id')
        .select(['p.name', 'p.colour', 's.contact_email', 's.contact_phone'])
        .orderBy('p.created_at')
        .limit(1)
        .executeTakeFirst();
      if (!pool) return { name: 'Mediatorpool', colour: '#01689b', contact: { email: null, phone: null } };
      return { name: pool.name, colour: pool.colour, contact: { email: pool.contact_email, phone: pool.contact_phone } };
    },
  );

  app.get(
    '/member-municipalities',
    {
      schema: {
        tags: ['Pool'],
        summary: 'Gemeenten die lid zijn van de pool',
        response: {
          200: Obj({
            items: Type.Array(
              Obj({ id: Uuid, code: Type.String(), name: Type.String(), memberSince: Type.String(), memberUntil: Nullable(Type.String()) }),
            ),
          }),
          ...problems(401),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await app.db
        .selectFrom('pool_member as pm')
        .innerJoin('municipality as m', 'm.id', 'pm.municipality_id')
        .select(['m.id', 'm.code', 'm.name', 'pm.member_since', 'pm.member_until'])
        .where('pm.pool_id', '=', actor.poolId)
        .orderBy('m.name')
        .execute();
      return { items: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, memberSince: r.member_since, memberUntil: r.member_until })) };
    },
  );
};
