import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

// Bodies are JSON and must already have the right types: `"42"` for a number is an error, not 42.
const bodyAjv = addFormats.default(new Ajv({ ...common, coerceTypes: false }));
// Query strings and path parameters are text by nature, so "2" becomes 2 and `?role=a` becomes ['a'].
const urlAjv = addFormats.default(new Ajv({ ...common, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : urlAjv).compile(schema as object);
