import type { FastifySchemaValidationError } from 'fastify';
import type { InvalidParam } from './problem.js';
import { formatDutchDate, isIsoDate } from '../../domain/calendar/iso-date.js';
import { INVALID_CHARACTERS } from './validator.js';

/**
 * Turns JSON-schema validation errors into one Dutch message per invalid field, so a form can
 * show each message next to its field.
 */
export function toInvalidParams(errors: FastifySchemaValidationError[], context: string | undefined): InvalidParam[] {
  const seen = new Set<string>();
  const out: InvalidParam[] = [];
  for (const e of errors) {
    const p = e.params as Record<string, unknown>;
    let name = e.instancePath.replace(/^\//, '');
    if (e.keyword === 'required') name = join(name, String(p.missingProperty));
    if (e.keyword === 'additionalProperties') name = join(name, String(p.additionalProperty));
    if (name === '') name = context ?? 'body';
    const key = `${name}|${e.keyword}`;
    // anyOf/union errors repeat per branch; one message per field is enough for a person.
    if (seen.has(name) || seen.has(key)) continue;
    seen.add(name);
    seen.add(key);
    out.push({ name, code: e.keyword, reason: reasonFor(e.keyword, p, (e as { parentSchema?: unknown }).parentSchema) });
  }
  return out;
}

export const INVALID_CHARACTERS_REASON = 'Deze tekst bevat een ongeldig teken.';

function join(a: string, b: string): string {
  return a === '' ? b : `${a}/${b}`;
}

function reasonFor(keyword: string, p: Record<string, unknown>, parentSchema: unknown): string {
  switch (keyword) {
    case INVALID_CHARACTERS:
      return INVALID_CHARACTERS_REASON;
    case 'formatMinimum':
    case 'formatMaximum':
      return rangeReason(p, parentSchema as { formatMinimum?: unknown; formatMaximum?: unknown } | undefined);
    case 'required':
      return 'Dit veld is verplicht.';
    case 'additionalProperties':
      return 'Dit veld is onbekend.';
    case 'type':
      return `Verwacht ${typeName(String(p.type))}.`;
    case 'minLength':
      return p.limit === 1 ? 'Dit veld mag niet leeg zijn.' : `Gebruik minstens ${p.limit} tekens.`;
    case 'maxLength':
      return `Gebruik hoogstens ${p.limit} tekens.`;
    case 'minimum':
      return `De waarde moet minstens ${p.limit} zijn.`;
    case 'maximum':
      return `De waarde mag hoogstens ${p.limit} zijn.`;
    case 'exclusiveMinimum':
      return `De waarde moet groter zijn dan ${p.limit}.`;
    case 'minItems':
      return `Kies er minstens ${p.limit}.`;
    case 'maxItems':
      return `Kies er hoogstens ${p.limit}.`;
    case 'uniqueItems':
      return 'Elke waarde mag maar één keer voorkomen.';
    case 'format':
      return formatReason(String(p.format));
    case 'pattern':
      return 'De waarde heeft niet de juiste vorm.';
    case 'enum':
    case 'const':
    case 'anyOf':
      return 'Kies een van de toegestane waarden.';
    default:
      return 'De waarde is niet geldig.';
  }
}

/** A date outside its window: both ends named, as a person reads them. */
function rangeReason(p: Record<string, unknown>, schema: { formatMinimum?: unknown; formatMaximum?: unknown } | undefined): string {
  const day = (v: unknown) => (isIsoDate(v) ? formatDutchDate(v) : String(v));
  const from = schema?.formatMinimum;
  const until = schema?.formatMaximum;
  if (from !== undefined && until !== undefined) return `Kies een datum van ${day(from)} tot en met ${day(until)}.`;
  return p.comparison === '>=' || p.comparison === '>' ? `Kies een datum op of na ${day(p.limit)}.` : `Kies een datum op of voor ${day(p.limit)}.`;
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    integer: 'een geheel getal',
    number: 'een getal',
    boolean: 'ja of nee (true/false)',
    array: 'een lijst',
    object: 'een object',
    null: 'leeg (null)',
  };
  return t
    .split(',')
    .map((x) => names[x] ?? x)
    .join(' of ');
}

function formatReason(format: string): string {
  switch (format) {
    case 'email':
      return 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.';
    case 'date':
      return 'Vul een datum in als JJJJ-MM-DD.';
    case 'date-time':
      return 'Vul een datum en tijd in (ISO 8601).';
    case 'uuid':
      return 'Dit is geen geldige id.';
    case 'uri':
      return 'Vul een geldig webadres in.';
    default:
      return 'De waarde heeft niet de juiste vorm.';
  }
}
