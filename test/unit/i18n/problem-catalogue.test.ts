import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { problemsEn } from '../../../src/web/i18n/en-problems.js';

/** Every .ts file below a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The server writes its problems in Dutch; the English app shows its own sentence per problem
 * code. A new code thrown by the server without an English sentence would show Dutch in English,
 * so this reads the server's code for the literal codes it throws and asks the catalogue for each.
 */
test('every problem code the server throws has an English sentence', () => {
  const thrown = new Set<string>();
  for (const file of sources('src/server')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bconflict\(\s*(?:'[^']*'|`[^`]*`)\s*,\s*'([a-z0-9-]+)'/g)) thrown.add(m[1]!);
    for (const m of text.matchAll(/new ProblemError\(\s*\d{3},\s*'([a-z0-9-]+)'/g)) thrown.add(m[1]!);
  }
  assert.ok(thrown.size > 40, `found ${thrown.size} codes: the patterns still match the server's code`);
  // An unexpected error keeps the server's text: it carries the request's code for support.
  thrown.delete('internal-error');
  const missing = [...thrown].filter((code) => !(code in problemsEn)).sort();
  assert.deepEqual(missing, [], 'add these to src/web/i18n/en-problems.ts');
});

test('the English app shows its own sentence for a known code and the server’s words otherwise; Dutch always the server’s', async () => {
  const { describeError } = await import('../../../src/web/i18n/describe-error.js');
  const { ApiError } = await import('../../../src/web/api/problem.js');
  const { en } = await import('../../../src/web/i18n/en.js');
  const { nl } = await import('../../../src/web/i18n/nl.js');
  const known = new ApiError(409, { type: 'urn:mediatorpool:problem:hours-approved', detail: 'Goedgekeurde uren wijzigt u niet meer.' });
  const unknown = new ApiError(500, { type: 'urn:mediatorpool:problem:internal-error', detail: 'Er ging onverwacht iets mis. Vermeld code req-7.' });
  assert.equal(describeError(known, en, 'en'), problemsEn['hours-approved']);
  assert.equal(describeError(unknown, en, 'en'), 'Er ging onverwacht iets mis. Vermeld code req-7.');
  assert.equal(describeError(known, nl, 'nl'), 'Goedgekeurde uren wijzigt u niet meer.');
});
