import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { candidateRoutes } from './candidate-routes.js';
import { proposalRoutes } from './proposal-routes.js';
import { consentRoutes } from './consent-routes.js';

/** Matching (issue 5): candidates, proposals, the mediator's declaration, consent, external mediators, batch. */
export const matchingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(candidateRoutes);
  await app.register(proposalRoutes);
  await app.register(consentRoutes);
};
