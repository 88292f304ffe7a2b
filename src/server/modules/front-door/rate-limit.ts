import type { FastifyRequest } from 'fastify';
import { countInWindow, type WindowState } from '../../../domain/front-door/fixed-window.js';
import { tooManyRequests } from '../../http/problem.js';

/**
 * A rate limit per client address for the front door's public routes, kept in this process's
 * memory (one limiter per app): nothing about a visitor is written to the database. Behind a
 * load balancer each instance counts for itself, so the limit is per instance; that is enough
 * to stop one address from flooding the intake, which is its job.
 */
export function addressLimit(limit: number, windowMs: number, detail: string) {
  const windows = new Map<string, WindowState>();
  let lastSweep = 0;
  return async (request: FastifyRequest): Promise<void> => {
    const now = Date.now();
    if (now - lastSweep > windowMs) {
      for (const [key, w] of windows) if (now - w.windowStart >= windowMs) windows.delete(key);
      lastSweep = now;
    }
    const decision = countInWindow(windows.get(request.ip), now, limit, windowMs);
    windows.set(request.ip, decision.state);
    if (!decision.allowed) throw tooManyRequests(detail, decision.retryAfterSeconds);
  };
}
