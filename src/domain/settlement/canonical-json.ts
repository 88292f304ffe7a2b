/**
 * Canonical JSON of a final settlement: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as JSON.stringify writes them. For the plain data of a settlement
 * (strings, integers, booleans, null, arrays, plain objects) this is the same text as RFC 8785
 * (JCS), so anyone can recompute the hash printed on a statement with standard tools.
 *
 * Pure on purpose (the web app may show or verify it); hashing (node:crypto) lives on the server, in modules/settlement/content-hash.ts.
 */
import { SettlementInputError } from './errors.js';

export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new SettlementInputError(`Not a finite number at ${path}`);
      // JSON.stringify(-0) is "0", as JCS wants.
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new SettlementInputError(`Cannot serialise a ${typeof value} at ${path}`);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => {
      if (item === undefined) throw new SettlementInputError(`undefined in an array at ${path}[${i}]`);
      return write(item, `${path}[${i}]`);
    }).join(',')}]`;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new SettlementInputError(`Only plain objects can be serialised (at ${path})`);
  }
  const record = value as Record<string, unknown>;
  // Absent and undefined are the same for optional fields; both are left out.
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], `${path}.${k}`)}`).join(',')}}`;
}
