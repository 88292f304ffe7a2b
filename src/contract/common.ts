import { Type, type TSchema, type TProperties } from 'typebox';

/**
 * Schema helpers shared by every route. Objects reject unknown properties, so a typo in a field
 * name is an error the caller sees instead of a value silently ignored.
 */
export const Obj = <P extends TProperties>(properties: P, options: { description?: string } = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

export const Uuid = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });
export const IsoDate = Type.String({ format: 'date' });

/**
 * A date that must lie between `from` and `until` (both included, JJJJ-MM-DD): a year like 1899 or
 * 3000 is a typing error, refused with a message that names the range.
 */
export const DateWithin = (from: string, until: string, options: { description?: string } = {}) =>
  Type.String({ format: 'date', formatMinimum: from, formatMaximum: until, description: `Datum van ${from} tot en met ${until}`, ...options });

/** The window for the dates the registry keeps: memberships, days off, the covenant, a mediator's dates. */
export const DATE_WINDOW = { from: '2000-01-01', until: '2100-12-31' } as const;
export const BoundedDate = DateWithin(DATE_WINDOW.from, DATE_WINDOW.until);
export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('coordinator'),
  Type.Literal('contact'),
  Type.Literal('mediator'),
  Type.Literal('finance'),
]);

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    invalidParams: Type.Optional(
      Type.Array(Type.Object({ name: Type.String(), code: Type.String(), reason: Type.String() })),
    ),
    retryAfter: Type.Optional(Type.Integer()),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

const problemDescriptions: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet ingelogd',
  403: 'Geen toestemming',
  404: 'Niet gevonden',
  409: 'Conflict met de huidige toestand',
  413: 'Te groot',
  415: 'Niet-ondersteund type',
  429: 'Te veel pogingen',
  500: 'Onverwachte fout',
};

/** Error responses for a route, each declared as `application/problem+json` in the OpenAPI document. */
export function problems(...statuses: number[]) {
  const all = [...new Set([400, 500, ...statuses])];
  return Object.fromEntries(
    all.map((s) => [
      s,
      {
        description: problemDescriptions[s] ?? 'Fout',
        content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
      },
    ]),
  );
}

/**
 * How far a list counts and pages (docs/adr/0013-lists-that-stay-flat.md): a list counts its rows
 * up to this number and no further ("meer dan 1.000"), and pages reach the first this many rows of
 * an order; beyond them one narrows the filters or turns the order around. So a page costs at
 * most this many index entries, however large the pool grows.
 */
export const LIST_REACH = 1000;

export const PageQuery = {
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100000, default: 1, description: `Paginanummer; de pagina's reiken tot de eerste ${LIST_REACH} resultaten` }),
  ),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 25 })),
};

export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer({ description: `Het aantal resultaten, geteld tot en met ${LIST_REACH}` }),
    totalCapped: Type.Boolean({ description: `Waar als er meer dan ${LIST_REACH} resultaten zijn: total is dan ${LIST_REACH}` }),
  });

/** A 204 answer: no body. */
export const NoContent = Type.Unsafe<void>({ description: 'Gelukt, zonder inhoud' });
