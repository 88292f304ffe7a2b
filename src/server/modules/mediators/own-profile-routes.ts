import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { Obj, problems } from '../../../contract/common.js';
import { requireActor } from '../../plugins/authentication.js';
import { notFound } from '../../http/problem.js';
import { canMediator } from './policy.js';
import { selectMediators, statusHistory, targetOf } from './queries.js';
import { MediatorDetailSchema, presentMediatorDetail } from './present-mediator.js';
import { upkeepSummary } from './upkeep-summary.js';

const UpkeepState = Type.Union([Type.Literal('on_track'), Type.Literal('behind'), Type.Literal('at_risk')]);

const OwnMediatorProfileSchema = Obj({
  ...MediatorDetailSchema.properties,
  openCases: Type.Integer({ description: 'Zaken waarop u mediator bent die zijn toegewezen of lopen' }),
  openProposals: Type.Integer({ description: 'Voorstellen die nog op een antwoord wachten; ze tellen mee voor uw capaciteit' }),
  upkeep: Obj(
    {
      state: UpkeepState,
      reasons: Type.Array(Obj({ code: Type.String(), severity: Type.Union([Type.Literal('behind'), Type.Literal('at_risk')]), text: Type.String() })),
    },
    { description: 'Stand van het MfN-onderhoud; de uitwerking staat bij /mediators/{id}/upkeep' },
  ),
});

/**
 * A mediator's load counted as matching and pool health count it: running assignments, plus open
 * proposals (not declined) that reserve the capacity until they are answered.
 */
async function openWork(db: Kysely<DB>, poolId: string, mediatorId: string) {
  const row = await db
    .selectNoFrom([
      sql<number>`(SELECT count(*) FROM case_mediator cm JOIN mediation_case c ON c.id = cm.case_id
        WHERE cm.pool_id = ${poolId} AND cm.mediator_id = ${mediatorId} AND cm.released_at IS NULL
          AND c.status IN ('assigned', 'in_progress'))::integer`.as('cases'),
      sql<number>`(SELECT count(*) FROM proposal_mediator pm JOIN case_proposal p ON p.id = pm.proposal_id
        JOIN mediation_case c ON c.id = p.case_id
        WHERE pm.pool_id = ${poolId} AND pm.mediator_id = ${mediatorId} AND p.status = 'open' AND c.status = 'proposed'
          AND pm.answer IS DISTINCT FROM 'declined')::integer`.as('proposals'),
    ])
    .executeTakeFirstOrThrow();
  return { openCases: Number(row.cases), openProposals: Number(row.proposals) };
}

/** The signed-in mediator's own registry profile, without looking it up in the register. */
export const ownProfileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/mediator-profile',
    {
      schema: {
        tags: ['Register'],
        summary: 'Mijn mediatorprofiel: status, gemeente, specialismen, talen, capaciteit, lopende zaken, registratie en MfN-onderhoud',
        description: 'Alleen voor wie zelf als mediator of procesbegeleider in het register staat; anders 404.',
        response: { 200: OwnMediatorProfileSchema, ...problems(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await selectMediators(app.db, actor.poolId).where('mp.user_id', '=', actor.userId).executeTakeFirst();
      if (!row || !canMediator(actor, 'read-own', targetOf(row, actor.poolId))) throw notFound();
      // Not audited: the mediator reads their own particulars, as with GET /mediators/{id} of
      // oneself (auditPersonalRead logs only reads of someone else's).
      const [history, work, upkeep] = await Promise.all([
        statusHistory(app.db, actor.poolId, row.id),
        openWork(app.db, actor.poolId, row.id),
        upkeepSummary(app.db, actor.poolId, row),
      ]);
      return { ...presentMediatorDetail(row, actor, history), ...work, upkeep: { state: upkeep.state, reasons: upkeep.reasons } };
    },
  );
};
