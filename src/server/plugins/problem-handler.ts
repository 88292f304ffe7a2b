import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PROBLEM_TYPE_PREFIX, ProblemError, type InvalidParam } from '../http/problem.js';
import { toInvalidParams } from '../http/validation-messages.js';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  requestId: string;
  invalidParams?: InvalidParam[];
  retryAfter?: number;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, p: ProblemError): FastifyReply {
  const body: ProblemBody = {
    type: PROBLEM_TYPE_PREFIX + p.slug,
    title: p.title,
    status: p.status,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(p.detail !== undefined ? { detail: p.detail } : {}),
    ...(p.invalidParams ? { invalidParams: p.invalidParams } : {}),
    ...(p.extra ?? {}),
  };
  if (typeof p.extra?.retryAfter === 'number') reply.header('Retry-After', String(p.extra.retryAfter));
  return reply.code(p.status).type('application/problem+json').send(body);
}

/** Every error leaves the server as application/problem+json; nothing leaks a stack trace. */
export const problemHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(request, reply, error);

    if (error.validation) {
      const invalidParams = toInvalidParams(error.validation, error.validationContext);
      return sendProblem(
        request,
        reply,
        new ProblemError(400, 'invalid-input', 'De invoer is niet geldig.', 'Een of meer velden zijn niet goed ingevuld.', invalidParams),
      );
    }

    const known = mapFrameworkError(error);
    if (known) return sendProblem(request, reply, known);

    // A database constraint caught what validation should have: still the caller's input, not a 500.
    const fromDb = mapDatabaseError(error);
    if (fromDb) {
      request.log.warn({ err: error }, 'database constraint refused input');
      return sendProblem(request, reply, fromDb);
    }

    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      new ProblemError(500, 'internal-error', 'Er ging iets mis.', `Er ging onverwacht iets mis. Vermeld code ${request.id} als u contact opneemt.`),
    );
  });
});

function mapFrameworkError(error: FastifyError): ProblemError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError(400, 'invalid-json', 'Ongeldige JSON.', 'De verzonden gegevens zijn geen geldige JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError(413, 'payload-too-large', 'Te groot.', 'De verzonden gegevens zijn te groot.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ProblemError(415, 'unsupported-media-type', 'Niet-ondersteund type.', 'Stuur de gegevens als application/json.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new ProblemError(error.statusCode, 'bad-request', 'Ongeldig verzoek.', 'Het verzoek kon niet worden verwerkt.');
  }
  return undefined;
}

function mapDatabaseError(error: { code?: string }): ProblemError | undefined {
  switch (error.code) {
    case '23505':
      return new ProblemError(409, 'already-exists', 'Bestaat al.', 'Dit bestaat al; kies een andere waarde.');
    case '23503':
      return new ProblemError(409, 'reference-conflict', 'Dit kan nu niet.', 'Dit verwijst naar iets dat niet (meer) bestaat of nog in gebruik is.');
    case '23514':
    case '23502':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02':
      return new ProblemError(400, 'invalid-input', 'De invoer is niet geldig.', 'Een of meer waarden vallen buiten wat is toegestaan.');
  }
  return undefined;
}
