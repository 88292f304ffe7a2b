/**
 * Benchmarks print as they go and, at the end, write what they printed to
 * docs/benchmarks/<name>.md, so the latest measured numbers are in the docs without copying by
 * hand. docs/performance.md explains them; this file only keeps the raw output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/benchmarks');

export function createReport(name: string, command: string) {
  const lines: string[] = [];
  return {
    /** Print a line and keep it for the results file. */
    line(text: string) {
      console.log(text);
      lines.push(text);
    },
    async write() {
      const file = path.join(DOCS, `${name}.md`);
      const body = [
        `# Benchmark results: ${name}`,
        '',
        `Written by \`${command}\` at the end of its last run; see [../performance.md](../performance.md) for what is`,
        'measured and what the numbers mean. Load average at the end of the run (1, 5, 15 min):',
        `${os.loadavg().map((x) => x.toFixed(1)).join(', ')} on ${os.cpus().length} cores.`,
        '',
        '```text',
        ...lines,
        '```',
        '',
      ].join('\n');
      await mkdir(DOCS, { recursive: true });
      await writeFile(file, body);
      console.log(`\nresults written to ${path.relative(process.cwd(), file)}`);
    },
  };
}
