import type { FastifyRequest } from 'fastify';
import { tooManyRequests } from '../../http/problem.js';

/**
 * The directory's public routes answer anyone, so one address may ask at most LIMIT times per
 * minute (a fixed window per address, in this process's memory: several instances each count
 * their own share, which is enough to stop a scraper hammering the figures). Beyond it: 429 with
 * Retry-After, in the same problem shape as the sign-in throttle.
 */
export const PUBLIC_DIRECTORY_LIMIT = 300;
const WINDOW_MS = 60_000;

export function publicRateLimit(limit = PUBLIC_DIRECTORY_LIMIT, now: () => number = Date.now) {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return async (request: FastifyRequest): Promise<void> => {
    const t = now();
    if (t - windowStart >= WINDOW_MS) {
      windowStart = t;
      counts = new Map();
    }
    const n = (counts.get(request.ip) ?? 0) + 1;
    counts.set(request.ip, n);
    if (n > limit) {
      throw tooManyRequests('U heeft de gids te vaak achter elkaar opgevraagd. Probeer het over een minuut opnieuw.', Math.ceil((windowStart + WINDOW_MS - t) / 1000));
    }
  };
}
