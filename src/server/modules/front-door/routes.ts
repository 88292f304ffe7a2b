import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../../../contract/common.js';
import {
  AdviceBody,
  AdviceSchema,
  FrontDoorMunicipalityListSchema,
  FrontDoorReportSchema,
  PublicStatusSchema,
  SelfReferralBody,
  SelfReferralReceivedSchema,
  StatusTokenParams,
} from '../../../contract/front-door.js';
import { requireActor } from '../../plugins/authentication.js';
import { addressLimit } from './rate-limit.js';
import { listMunicipalities } from './queries/list-municipalities.js';
import { readStatus } from './queries/read-status.js';
import { frontDoorReport } from './queries/front-door-report.js';
import { giveAdvice } from './commands/give-advice.js';
import { submitSelfReferral } from './commands/submit-self-referral.js';

const MINUTE = 60_000;

/**
 * The public front door (voorportaal): the questionnaire's municipalities, the advice, the
 * self-referral and the status link need no account and are limited per client address (the
 * limit counts requests that passed validation); the coordinator's report needs a session.
 */
export const frontDoorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const adviceLimit = addressLimit(60, MINUTE, 'U heeft in korte tijd erg vaak om advies gevraagd. Probeer het over een minuut opnieuw.');
  const submitLimit = addressLimit(5, 10 * MINUTE, 'Vanaf dit adres zijn in korte tijd te veel aanmeldingen verstuurd. Probeer het later opnieuw.');
  const statusLimit = addressLimit(30, MINUTE, 'U heeft in korte tijd te vaak een statuslink geopend. Probeer het over een minuut opnieuw.');

  app.get(
    '/front-door/municipalities',
    {
      schema: {
        tags: ['Voorportaal'],
        summary: 'De Nederlandse gemeenten (CBS-lijst) om uit te kiezen in het voorportaal',
        security: [],
        response: { 200: FrontDoorMunicipalityListSchema, ...problems() },
      },
    },
    async () => listMunicipalities(),
  );

  app.post(
    '/front-door/advice',
    {
      preHandler: adviceLimit,
      schema: {
        tags: ['Voorportaal'],
        summary: 'Het advies bij de antwoorden van de vragenlijst: de best passende route en waarom (alleen een anonieme telling blijft bewaard)',
        security: [],
        body: AdviceBody,
        response: { 200: AdviceSchema, ...problems(429) },
      },
    },
    async (request) => giveAdvice(app.db, request.body),
  );

  app.post(
    '/front-door/self-referrals',
    {
      preHandler: submitLimit,
      schema: {
        tags: ['Voorportaal'],
        summary: 'Meld uzelf aan bij de mediatorpool van uw gemeente; u krijgt een persoonlijke statuslink',
        security: [],
        body: SelfReferralBody,
        response: { 201: SelfReferralReceivedSchema, ...problems(429) },
      },
    },
    async (request, reply) => {
      const received = await app.db.transaction().execute((trx) => submitSelfReferral(trx, request.auditContext(), app.config.baseUrl, request.body));
      return reply.code(201).send(received);
    },
  );

  app.get(
    '/front-door/status/:token',
    {
      preHandler: statusLimit,
      schema: {
        tags: ['Voorportaal'],
        summary: 'De stand van een zelfaanmelding via de persoonlijke statuslink: ontvangen, in behandeling of afgerond',
        security: [],
        params: StatusTokenParams,
        response: { 200: PublicStatusSchema, ...problems(404, 429) },
      },
    },
    async (request) => readStatus(app.db, request.params.token),
  );

  app.get(
    '/front-door/report',
    {
      schema: {
        tags: ['Voorportaal'],
        summary: 'Welke routes het voorportaal per maand adviseerde voor de gemeenten van de pool (anonieme tellingen)',
        response: { 200: FrontDoorReportSchema, ...problems(401, 403) },
      },
    },
    async (request) => frontDoorReport(app.db, requireActor(request)),
  );
};
