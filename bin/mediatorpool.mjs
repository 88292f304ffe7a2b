#!/usr/bin/env node
// Runs the server compiled ahead of time by `npm run build` (dist/server/mediatorpool.js,
// docs/adr/0014). When there is no build, or a source file it was built from has changed since,
// it runs the TypeScript sources through tsx instead, so a checkout under development never runs
// stale code; MEDIATORPOOL_FROM_SOURCE=1 asks for the sources explicitly.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = path.join(root, 'dist', 'server', 'mediatorpool.js');

function compiledIsCurrent() {
  if (process.env.MEDIATORPOOL_FROM_SOURCE === '1') return false;
  try {
    const builtAt = statSync(compiled).mtimeMs;
    const inputs = JSON.parse(readFileSync(path.join(root, 'dist', 'server', 'inputs.json'), 'utf8'));
    return inputs.every((file) => statSync(path.join(root, file)).mtimeMs <= builtAt);
  } catch {
    return false; // no build, or a source file it was built from is gone
  }
}

if (existsSync(compiled) && compiledIsCurrent()) {
  process.setSourceMapsEnabled(true);
  await import(new URL('../dist/server/mediatorpool.js', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
