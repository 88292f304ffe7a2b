import type { FastifyRequest } from 'fastify';

/** The value of a signed cookie when its signature holds; undefined when absent or tampered with. */
export function unsignedCookie(request: FastifyRequest, name: string): string | undefined {
  const raw = request.cookies[name];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}
