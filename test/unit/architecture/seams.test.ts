import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The authorisation seam, checked on the source: routes may not decide access or touch SQL (lint
 * rule mediatorpool/thin-routes) and reach data only through commands and queries, so every
 * command and query must ask its module's policy — or say in a `// policy:` line why it does not
 * (a public link checks its token; a step called by a command that asked already).
 */
const root = path.resolve(import.meta.dirname, '../../..');
const modulesDir = path.join(root, 'src/server/modules');

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name.endsWith('.ts') ? [full] : [];
  });

/** Files holding use cases: everything under commands/ and queries/, and queries.ts. */
export function useCaseFiles(moduleDir: string): string[] {
  return walk(moduleDir).filter((file) => {
    const rel = path.relative(moduleDir, file).split(path.sep);
    return rel[0] === 'commands' || rel[0] === 'queries' || (rel.length === 1 && rel[0] === 'queries.ts');
  });
}

const POLICY_CALL = /\bensureCan(Read)?\(/;
const POLICY_NOTE = /^\s*\/\/ policy: \S.{8,}/m;

/** Why a use-case file does not pass the seam, or null when it does. */
export function seamViolation(source: string): string | null {
  if (POLICY_CALL.test(source) || POLICY_NOTE.test(source)) return null;
  return 'neither asks the module policy (ensureCan / ensureCanRead) nor explains why in a "// policy: …" line';
}

const modules = readdirSync(modulesDir).filter((m) => statSync(path.join(modulesDir, m)).isDirectory());

describe('the authorisation seam', () => {
  test('the check itself fails on a use case that skips the policy', () => {
    assert.notEqual(seamViolation(`export async function dropCase(db, actor, id) { await db.deleteFrom('mediation_case').execute(); }`), null);
    assert.equal(seamViolation(`ensureCan(canCase, actor, 'triage', row);`), null);
    assert.equal(seamViolation(`// policy: public (the consent link's token is the permission)\nexport {}`), null);
    assert.notEqual(seamViolation(`// policy:\nexport {}`), null, 'a marker without a reason does not count');
  });

  for (const m of modules) {
    const dir = path.join(modulesDir, m);
    const hasRoutes = walk(dir).some((f) => /routes\.ts$/.test(f));
    describe(`module ${m}`, () => {
      test('has an index.ts, the only file other modules import', () => {
        assert.ok(existsSync(path.join(dir, 'index.ts')), `src/server/modules/${m}/index.ts is missing`);
      });
      if (hasRoutes) {
        test('has one policy (policy.ts) that the use cases ask', () => {
          assert.ok(existsSync(path.join(dir, 'policy.ts')), `src/server/modules/${m}/policy.ts is missing`);
        });
      }
      test('every command and query asks the policy, or says why not', () => {
        const offenders = useCaseFiles(dir)
          .map((file) => ({ file: path.relative(root, file), why: seamViolation(readFileSync(file, 'utf8')) }))
          .filter((o) => o.why !== null)
          .map((o) => `${o.file}: ${o.why}`);
        assert.deepEqual(offenders, []);
      });
    });
  }
});
