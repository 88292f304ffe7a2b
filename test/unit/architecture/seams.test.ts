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

const POLICY_NOTE = /^\s*\/\/ policy: \S.{8,}/m;

/** The functions of a module's policy.ts a use case may call to ask it: its `can…` and `ensure…` exports. */
export function policyFunctions(policySource: string): string[] {
  return [...policySource.matchAll(/export (?:async )?(?:function|const) ((?:can|ensure)[A-Z]\w*)/g)].map((m) => m[1]!);
}

/** Whether the source calls one of the policy functions itself (or lists the allowed actions with it). */
const asksDirectly = (source: string, policy: readonly string[]) =>
  ['ensureCan', 'ensureCanRead', ...policy].some((name) => new RegExp(`\\b${name}\\(`).test(source)) ||
  /\ballowedActions\(\s*(can|ensure)[A-Z]\w*/.test(source);

/**
 * Why a use-case file does not pass the seam, or null when it does. A use case may also ask through
 * a helper of its own module that asks directly (e.g. matching's lockProposalForAct): `helpers`
 * maps the names it imports from its module to whether that file asks.
 */
export function seamViolation(source: string, policy: readonly string[] = [], helpers: ReadonlyMap<string, boolean> = new Map()): string | null {
  const viaHelper = [...helpers].some(([name, asks]) => asks && new RegExp(`\\b${name}\\(`).test(source));
  if (asksDirectly(source, policy) || viaHelper || POLICY_NOTE.test(source)) return null;
  return 'neither asks the module policy (ensureCan, ensureCanRead or its policy.ts) nor explains why in a "// policy: …" line';
}

/** The names a file imports from files of its own module, each with whether that file asks the policy directly. */
function moduleHelpers(file: string, moduleDir: string, policy: readonly string[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const m of readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from '(\.[^']+)\.js'/g)) {
    const target = path.resolve(path.dirname(file), `${m[2]}.ts`);
    if (!target.startsWith(moduleDir + path.sep) || !existsSync(target)) continue;
    const asks = asksDirectly(readFileSync(target, 'utf8'), policy);
    for (const name of m[1]!.split(',').map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!)) if (name) out.set(name, asks);
  }
  return out;
}

const modules = readdirSync(modulesDir).filter((m) => statSync(path.join(modulesDir, m)).isDirectory());

describe('the authorisation seam', () => {
  test('the check itself fails on a use case that skips the policy', () => {
    assert.notEqual(seamViolation(`export async function dropCase(db, actor, id) { await db.deleteFrom('mediation_case').execute(); }`), null);
    assert.equal(seamViolation(`ensureCan(canCase, actor, 'triage', row);`), null);
    assert.equal(seamViolation(`// policy: public (the consent link's token is the permission)\nexport {}`), null);
    assert.notEqual(seamViolation(`// policy:\nexport {}`), null, 'a marker without a reason does not count');
    const policy = policyFunctions(`export const canHours: Policy<A, O> = () => true;\nexport function ensureHours() {}\nexport const HOURS = 1;`);
    assert.deepEqual(policy, ['canHours', 'ensureHours']);
    assert.equal(seamViolation(`if (!canHours(actor, 'log', c)) throw forbidden();`, policy), null);
    assert.notEqual(seamViolation(`if (!canHours(actor, 'log', c)) throw forbidden();`, []), null, 'another module\'s policy does not count');
    assert.equal(seamViolation(`const { locked } = await lockForAct(trx, actor, id, 'withdraw');`, [], new Map([['lockForAct', true]])), null);
    assert.notEqual(seamViolation(`const row = await loadRow(trx, id);`, [], new Map([['loadRow', false]])), null, 'a helper that asks nothing does not count');
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
        const policyFile = path.join(dir, 'policy.ts');
        const policy = existsSync(policyFile) ? policyFunctions(readFileSync(policyFile, 'utf8')) : [];
        const offenders = useCaseFiles(dir)
          .map((file) => ({ file: path.relative(root, file), why: seamViolation(readFileSync(file, 'utf8'), policy, moduleHelpers(file, dir, policy)) }))
          .filter((o) => o.why !== null)
          .map((o) => `${o.file}: ${o.why}`);
        assert.deepEqual(offenders, []);
      });
    });
  }
});
