import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Date polls: slots offered by an organiser, answered by invitees (accounts or personal links). */
export const pollRoutes: FastifyPluginAsyncTypebox = async () => {};
