import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../domain/settlement/index.js';

/**
 * SHA-256 of the canonical JSON (the pure part, `canonicalJson`, is in src/domain/settlement),
 * printed on every statement of a final settlement so that a changed figure is detectable.
 * Lowercase hex of canonicalJson(value) encoded as UTF-8.
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
