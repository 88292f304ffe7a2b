import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Node.js versions package.json declares must be true for every package that `npm install`
 * puts in place: otherwise npm prints EBADENGINE and a package may use what the declared Node
 * lacks. Read from package-lock.json, so it holds for what `npm ci` installs.
 */
const semver = createRequire(import.meta.url)('semver') as {
  subset(sub: string, dom: string): boolean;
  satisfies(version: string, range: string): boolean;
};

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }>;
};

/** Node 20 (what CI runs) and the LTS lines after it. */
const SUPPORTED = ['20.19.0', '22.13.0', '24.0.0', '26.0.0'];

test('the declared Node.js range covers Node 20 and the current LTS lines', () => {
  for (const version of SUPPORTED) assert.ok(semver.satisfies(version, pkg.engines.node), `${version} in ${pkg.engines.node}`);
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `this Node.js ${process.version} is a declared one`);
});

test('every installed package supports every declared Node.js version (no EBADENGINE)', () => {
  const wrong: string[] = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (!where || Array.isArray(entry.engines)) continue;
    const node = entry.engines?.node;
    if (!node || semver.subset(pkg.engines.node, node)) continue;
    const kind = entry.dev ? 'dev' : 'production';
    wrong.push(`${where.replace(/^.*node_modules\//, '')}@${entry.version} (${kind}) wants node ${node}`);
  }
  assert.deepEqual(wrong, [], `package.json declares node ${pkg.engines.node}`);
});
