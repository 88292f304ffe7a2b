import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoContent, problems } from '../../../contract/common.js';
import {
  AttendanceBodySchema,
  CandidateListSchema,
  CompositionCheckBodySchema,
  CompositionSchema,
  GroupBodySchema,
  GroupListSchema,
  GroupParams,
  GroupSchema,
  MeetingParams,
  PlanMeetingBodySchema,
} from '../../../contract/community.js';
import { requireActor } from '../../plugins/authentication.js';
import { checkGroupComposition, listCandidates, listGroups } from './queries/list-groups.js';
import { getGroup } from './queries/get-group.js';
import { createGroup } from './commands/create-group.js';
import { planMeeting } from './commands/plan-meeting.js';
import { recordAttendance } from './commands/record-attendance.js';

/** Intervision groups, their meetings and attendance (Community → Intervisie). */
export const communityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/intervision-groups',
    {
      schema: {
        tags: ['Community'],
        'x-personal-data': 'intervisie',
        summary: 'Intervisiegroepen: alle van de pool voor de coördinator, anders de eigen groepen',
        response: { 200: GroupListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listGroups(app.db, requireActor(request)),
  );

  app.get(
    '/intervision-candidates',
    {
      schema: {
        tags: ['Community'],
        'x-personal-data': 'intervisie',
        summary: 'Wie de coördinator in een intervisiegroep kan zetten: actieve mediators en procesbegeleiders met hun gemeente',
        response: { 200: CandidateListSchema, ...problems(401, 403) },
      },
    },
    async (request) => listCandidates(app.db, request.auditContext(), requireActor(request)),
  );

  app.post(
    '/intervision-groups/composition',
    {
      schema: {
        tags: ['Community'],
        summary: 'Toets een voorgestelde samenstelling: grootte (4–8) en of de groep op één gemeente leunt (verandert niets)',
        body: CompositionCheckBodySchema,
        response: { 200: CompositionSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => checkGroupComposition(app.db, requireActor(request), request.body.memberIds),
  );

  app.post(
    '/intervision-groups',
    {
      schema: {
        tags: ['Community'],
        summary: 'Vorm een intervisiegroep (coördinator): 4–8 deelnemers, een begeleider uit hun midden en een ritme',
        body: GroupBodySchema,
        response: { 201: GroupSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await app.db.transaction().execute((trx) => createGroup(trx, request.auditContext(), actor, request.body));
      reply.header('Location', `/api/v1/intervision-groups/${id}`);
      return reply.code(201).send(await getGroup(app.db, actor, id));
    },
  );

  app.get(
    '/intervision-groups/:groupId',
    {
      schema: {
        tags: ['Community'],
        'x-personal-data': 'intervisie',
        summary: 'Een intervisiegroep met deelnemers, samenstelling en bijeenkomsten',
        params: GroupParams,
        response: { 200: GroupSchema, ...problems(401, 404) },
      },
    },
    async (request) => getGroup(app.db, requireActor(request), request.params.groupId),
  );

  app.post(
    '/intervision-groups/:groupId/meetings',
    {
      schema: {
        tags: ['Community'],
        summary: 'Plan een bijeenkomst: een methode en een datumprikker met momenten; de deelnemers krijgen een e-mail',
        params: GroupParams,
        body: PlanMeetingBodySchema,
        response: { 201: GroupSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => planMeeting(trx, request.auditContext(), actor, request.params.groupId, request.body, app.config.baseUrl));
      return reply.code(201).send(await getGroup(app.db, actor, request.params.groupId));
    },
  );

  app.put(
    '/intervision-meetings/:meetingId/attendance',
    {
      schema: {
        tags: ['Community'],
        summary: 'Leg de aanwezigheid vast na de bijeenkomst; aanwezigen krijgen de intervisiepunten in hun MfN-onderhoud',
        params: MeetingParams,
        body: AttendanceBodySchema,
        response: { 204: NoContent, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.db.transaction().execute((trx) => recordAttendance(trx, request.auditContext(), actor, request.params.meetingId, request.body));
      return reply.code(204).send();
    },
  );
};
