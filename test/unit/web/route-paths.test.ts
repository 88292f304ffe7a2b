import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FEATURE_ROUTES } from '../../../src/web/app/route-paths.js';

const FEATURES_DIR = 'src/web/features';

/** The paths a feature's routes file gives its pages: literals, or a constant declared in that file. */
function pathsIn(file: string): string[] {
  const text = readFileSync(path.join(FEATURES_DIR, file), 'utf8');
  const constants = new Map([...text.matchAll(/\bconst (\w+) = '([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
  return [...text.matchAll(/\bpath: (?:'([^']+)'|(\w+))/g)].map((m) => m[1] ?? constants.get(m[2]!) ?? `unknown constant ${m[2]}`);
}

/**
 * The router knows a feature's addresses before its chunk is loaded (app/route-paths.ts); an
 * address added to the feature's routes file but not there would show the 404 page.
 */
test('the lazily loaded features list the same addresses as their routes files', () => {
  for (const [feature, { file, paths }] of Object.entries(FEATURE_ROUTES)) {
    assert.deepEqual([...paths].sort(), pathsIn(file).sort(), `${feature}: app/route-paths.ts and features/${file} differ`);
  }
});
