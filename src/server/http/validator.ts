import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// `verbose` keeps each error's schema beside it, so a message can name both ends of a range.
const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false, verbose: true };

// Bodies are JSON and must already have the right types: `"42"` for a number is an error, not 42.
const bodyAjv = addFormats.default(new Ajv({ ...common, coerceTypes: false }));
// Query strings and path parameters are text by nature, so "2" becomes 2 and `?role=a` becomes ['a'].
const urlAjv = addFormats.default(new Ajv({ ...common, coerceTypes: 'array' }));

/** The keyword of the error for text that cannot be stored; validation-messages words it. */
export const INVALID_CHARACTERS = 'invalid-characters';

// A UTF-16 surrogate that is not half of a pair: with the u flag a pair is one code point, not Cs.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Text a database cannot keep as sent: U+0000 (PostgreSQL refuses it) or a lone UTF-16 surrogate
 * (which would silently become U+FFFD).
 */
export const isUnstorableText = (s: string): boolean => s.includes('\u0000') || LONE_SURROGATE.test(s);

const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** One error per string (or object key) with unstorable text, anywhere in the value. */
function unstorableText(value: unknown, path = '', out: ErrorObject[] = []): ErrorObject[] {
  if (typeof value === 'string') {
    if (isUnstorableText(value)) out.push({ keyword: INVALID_CHARACTERS, instancePath: path, schemaPath: '#', params: {} });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unstorableText(item, `${path}/${i}`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A bad key has no name of its own to report: the object holding it is named.
      if (isUnstorableText(key)) out.push({ keyword: INVALID_CHARACTERS, instancePath: path, schemaPath: '#', params: {} });
      else unstorableText(item, `${path}/${pointer(key)}`, out);
    }
  }
  return out;
}

/**
 * The schema's own checks, plus one rule for every route and every part of a request (path,
 * query string, body): no string may hold unstorable text. Its errors come first, so the field
 * is named for its characters rather than for a format or pattern the same characters break.
 */
function withTextRule(validate: ValidateFunction): ValidateFunction {
  const wrapped = ((data: unknown) => {
    const valid = validate(data);
    const errors = [...unstorableText(data), ...(valid ? [] : (validate.errors ?? []))];
    wrapped.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  }) as ValidateFunction;
  return wrapped;
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const validate = (httpPart === 'body' ? bodyAjv : urlAjv).compile(schema as object);
  // Node itself refuses headers with a NUL byte or characters outside Latin-1.
  return httpPart === 'headers' ? validate : withTextRule(validate);
};
