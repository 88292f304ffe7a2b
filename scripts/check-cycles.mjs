#!/usr/bin/env node
// Fails when files under src/ import each other in a cycle (type-only imports included: a cycle
// of types is still two modules that cannot be understood apart). Run by `npm run lint`.
// TypeScript's own pre-processor finds the imports, so comments and strings do not fool it.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });

const files = walk(path.join(root, 'src'));
const resolve = (from, spec) => {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec).replace(/\.(js|mjs)$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return null;
};

const edges = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return [file, [...new Set(importedFiles.map((i) => resolve(file, i.fileName)).filter(Boolean))]];
  }),
);

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const stack = [];
const meta = new Map();
const cycles = [];
const visit = (v) => {
  meta.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!meta.has(w)) {
      visit(w);
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
    } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
  }
  if (meta.get(v).low === meta.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).onStack = false;
      component.push(path.relative(root, w));
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
  }
};
for (const file of files) if (!meta.has(file)) visit(file);

// The same between server modules: cases → matching → cases is a cycle even when no two files
// import each other directly.
const moduleOf = (file) => /src[\\/]server[\\/]modules[\\/]([^\\/]+)[\\/]/.exec(file)?.[1];
const moduleEdges = new Map();
for (const [file, targets] of edges) {
  const from = moduleOf(file);
  if (!from) continue;
  for (const t of targets) {
    const to = moduleOf(t);
    if (to && to !== from) moduleEdges.set(from, new Set([...(moduleEdges.get(from) ?? []), to]));
  }
}
const reaches = (from, to, seen = new Set()) =>
  [...(moduleEdges.get(from) ?? [])].some((m) => m === to || (!seen.has(m) && (seen.add(m), reaches(m, to, seen))));
const moduleCycles = [...moduleEdges.keys()].filter((m) => reaches(m, m));
if (moduleCycles.length) cycles.push([`modules in a cycle: ${moduleCycles.sort().join(', ')}`]);

if (cycles.length) {
  console.error(`${cycles.length} import cycle(s) in src/:`);
  for (const c of cycles) console.error(`  - ${c.join('\n    ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} files in src/, nor between its ${moduleEdges.size} server modules.`);
