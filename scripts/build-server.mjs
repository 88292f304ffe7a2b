#!/usr/bin/env node
// Compiles the server ahead of time (docs/adr/0014): src/cli/main.ts and everything it imports into
// one ES module, dist/server/mediatorpool.js, with npm packages left as imports. bin/mediatorpool.mjs
// runs it when it is at least as new as every source file it was built from (dist/server/inputs.json).
// Type checking stays a separate step (npm run typecheck); esbuild only strips the types.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist', 'server');
mkdirSync(outdir, { recursive: true });

const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: path.join(outdir, 'mediatorpool.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).sort();
writeFileSync(path.join(outdir, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
const ms = Math.round(performance.now() - started);
console.log(`Server compiled: dist/server/mediatorpool.js from ${inputs.length} source files in ${ms} ms.`);
