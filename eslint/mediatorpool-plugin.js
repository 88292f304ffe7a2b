// Mediatorpool's own lint rules: the layers and the seams of docs/ARCHITECTURE.md, checked on
// every `npm run lint` so a new file cannot quietly cross them.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

/** Where an import points, as a repository path without extension; null for a package. */
function target(importer, source) {
  if (!source.startsWith('.')) return null;
  return rel(path.resolve(path.dirname(importer), source)).replace(/\.(js|ts|tsx|mjs)$/, '');
}

const moduleOf = (p) => /^src\/server\/modules\/([^/]+)\//.exec(p)?.[1] ?? null;
const typeOnly = (node) =>
  node.importKind === 'type' || node.exportKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

/** The reason an import crosses a layer, or null when it may. */
function violation(importer, node) {
  const from = rel(importer);
  const to = target(importer, node.source.value);
  if (to === null) {
    if ((from.startsWith('src/domain/') || from.startsWith('src/contract/')) && !['typebox'].includes(node.source.value.split('/')[0]) && !node.source.value.startsWith('typebox')) {
      return from.startsWith('src/domain/') ? 'src/domain is pure: it imports no package' : 'a contract imports only typebox';
    }
    return null;
  }
  if (from.startsWith('src/domain/') && !to.startsWith('src/domain/')) return 'src/domain imports only src/domain';
  if (from.startsWith('src/contract/') && !to.startsWith('src/contract/') && !to.startsWith('src/domain/')) {
    return 'a contract imports only contracts and src/domain';
  }
  if (from.startsWith('src/web/')) {
    if (to.startsWith('src/server/') || to.startsWith('src/cli/')) return 'the web imports no server code';
    if (to.startsWith('src/contract/') && !typeOnly(node)) return 'the web imports contracts as types only (`import type`), so TypeBox stays out of the bundle';
    return null;
  }
  if (from.startsWith('src/') && to.startsWith('src/web/')) return 'server code imports nothing of the web';
  const toModule = moduleOf(to);
  if (from.startsWith('src/') && toModule && moduleOf(from) !== toModule && to !== `src/server/modules/${toModule}/index`) {
    return `other modules use ${toModule} only through src/server/modules/${toModule}/index.ts`;
  }
  return null;
}

const layers = {
  meta: { type: 'problem', docs: { description: 'Imports respect the layers: domain, contract, web, server modules through their index.' }, schema: [] },
  create(context) {
    const check = (node) => {
      if (!node.source) return;
      const why = violation(context.filename, node);
      if (why) context.report({ node: node.source, message: `Import crosses a boundary: ${why}.` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const SQL_BUILDERS = ['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'selectNoFrom', 'mergeInto', 'replaceInto'];
const POLICY_CALLS = ['authorize', 'ensureCan', 'ensureCanRead'];

/**
 * A route is schema → command or query → presenter: no SQL, no access decisions, and no way
 * around the policy (a route reaches data only through a command or query, which asks the
 * module's policy; test/unit/architecture/seams.test.ts checks those). Presenters hold no SQL.
 */
const thinRoutes = {
  meta: { type: 'problem', docs: { description: 'Route and presenter files hold no SQL and decide no access.' }, schema: [] },
  create(context) {
    const file = rel(context.filename);
    const isRoute = /^src\/server\/modules\/.+routes\.ts$/.test(file);
    const isPresenter = /^src\/server\/modules\/.+\/present[^/]*\.ts$/.test(file);
    if (!isRoute && !isPresenter) return {};
    const where = isRoute ? 'a route' : 'a presenter';
    return {
      ImportDeclaration(node) {
        if (isRoute && /(^|\/)repository(\/|\.js$|$)/.test(node.source.value)) {
          context.report({ node: node.source, message: 'A route imports no repository: it calls a command or query, which asks the policy first.' });
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        const name = callee.type === 'MemberExpression' ? callee.property.name : callee.name;
        if (SQL_BUILDERS.includes(name)) context.report({ node, message: `SQL in ${where} (${name}): move it to the module's repository.` });
        if (isRoute && POLICY_CALLS.includes(name)) context.report({ node, message: `Access decided in a route (${name}): the command or query asks the module's policy.` });
      },
      TaggedTemplateExpression(node) {
        if (node.tag.type === 'Identifier' && node.tag.name === 'sql') context.report({ node, message: `SQL in ${where}: move it to the module's repository.` });
      },
    };
  },
};

export default { rules: { layers, 'thin-routes': thinRoutes } };
