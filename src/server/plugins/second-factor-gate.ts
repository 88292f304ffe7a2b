import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { secondFactorPendingProblem } from '../auth/second-factor.js';

/**
 * The pending session (docs/adr/0015-second-factor.md): a password sign-in of someone who has a
 * second factor, or must have one, starts a session that has not passed the second step. Such a
 * session reaches only the routes whose schema names its step in `x-second-factor-step`
 * (`['verify']`: the second step; `['enrol']`: enrolment; the current session and signing out
 * take both). Every other API route answers 403 `second-factor-required` or
 * `second-factor-enrolment-required`, which the web recognises and turns into the step's page.
 * API tokens are credentials of their own, made in a session that had passed: they are not asked.
 * The authentication plugin sets `secondFactorPending` from the session statement itself.
 */
export const SECOND_FACTOR_STEP = 'x-second-factor-step';

export const secondFactorGate = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const pending = request.actor?.secondFactorPending;
    if (!pending || request.is404) return;
    const steps = (request.routeOptions.schema as Record<string, unknown> | undefined)?.[SECOND_FACTOR_STEP];
    if (Array.isArray(steps) && steps.includes(pending)) return;
    throw secondFactorPendingProblem(pending);
  });
});
