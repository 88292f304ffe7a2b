import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import mediatorpool from './eslint/mediatorpool-plugin.js';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'scratch/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Type-aware rules: a promise nobody awaits loses its error; an async function where a void
  // callback is expected (an onClick, a Fastify hook) does the same.
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's describe/it return promises the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // The layers and seams of docs/ARCHITECTURE.md.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { mediatorpool },
    rules: {
      'mediatorpool/layers': 'error',
      'mediatorpool/thin-routes': 'error',
    },
  },
);
