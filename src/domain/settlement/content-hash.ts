/**
 * SHA-256 of the canonical JSON, printed on every statement of a final settlement so that a
 * changed figure is detectable. Server-only: node:crypto is the one standard-library module the
 * domain uses, and this file is kept out of index.ts so the web bundle never pulls it in.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** Lowercase hex SHA-256 of canonicalJson(value) encoded as UTF-8. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
